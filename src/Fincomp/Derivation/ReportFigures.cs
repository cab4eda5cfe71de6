using Fincomp.Model;
using Fincomp.Reference;

namespace Fincomp.Derivation;

/// <summary>
/// The derived figures of one unit-year, built once after loading and before checking: every total, share base,
/// roll-up, list and count the checker, the templates, the tables, the charts and the batch summary read. Each formula
/// lives here (or in the type this builds) exactly once, and each total is its figure of record
/// (<see cref="FigureOfRecord"/>): a printed total that agrees with its parts within rounding is the value everywhere.
/// </summary>
/// <remarks>
/// The classification tables are parameters, so a table for another year or province reaches every stage through this
/// one object. Figures the unit did not give stay null here (never a made-up 0), so that no stage can state them.
/// </remarks>
public sealed class ReportFigures
{
    public ReportFigures(UnitYear unit, ClassificationTable functional, ClassificationTable economic)
    {
        ArgumentNullException.ThrowIfNull(unit);
        ArgumentNullException.ThrowIfNull(functional);
        ArgumentNullException.ThrowIfNull(economic);
        Functional = functional;
        Economic = economic;
        Unit = unit.Previous is null && unit.PreviousUnit is { } previousUnit
            ? unit with { Previous = PreviousYearFigures.From(previousUnit, unit.Locate(nameof(UnitYear.PreviousYear)), functional) }
            : unit;
        Totals = new UnitTotals(Unit);
        All = FunctionalTree.For(Unit, functional);
        Fiscal = FunctionalTree.For(Unit, functional, l => l.Fund != Fund.Other);
        GeneralBudget = FunctionalTree.GeneralBudget(Unit, functional).WithTotal(Totals.GeneralBudgetExpenditure);
        GovernmentFund = FunctionalTree.For(Unit, functional, l => l.Fund == Fund.GovernmentFund).WithTotal(Totals.GovernmentFundExpenditure);
        StateCapital = FunctionalTree.For(Unit, functional, l => l.Fund == Fund.StateCapital).WithTotal(Totals.StateCapitalExpenditure);
        IncomeRows = IncomeByFunction.From(Unit, Totals, All);
        Comparison = BudgetComparison.For(Unit);
        Wording = new Wording(Unit.Settings.TextAmounts, Comparison);
        FiscalInitialBudget = Unit.Appropriations.InitialBudget?.Value;
        FiscalCompletionRate = FiscalInitialBudget is { } initial ? Display.CompletionPercent(initial, Totals.FiscalExpenditureGrandTotal) : null;
        var income = Unit.Statement.Income;
        IncomeSources = Given(
        [
            ("一般公共预算财政拨款收入", income.GeneralBudget),
            ("政府性基金预算财政拨款收入", income.GovernmentFund),
            ("国有资本经营预算财政拨款收入", income.StateCapital),
            ("上级补助收入", income.SuperiorSubsidy),
            ("事业收入", income.Business),
            ("经营收入", income.Operating),
            ("附属单位上缴收入", income.AffiliateRemittance),
            ("其他收入", income.Other),
        ]);
        var expenditure = Unit.Statement.Expenditure;
        ExpenditureTypes = Given(
        [
            ("基本支出", expenditure.Basic),
            ("项目支出", expenditure.Project),
            ("上缴上级支出", expenditure.RemittanceToSuperior),
            ("经营支出", expenditure.Operating),
            ("对附属单位补助支出", expenditure.SubsidyToAffiliates),
        ]);
        Basic = BasicFigures.From(Unit, GeneralBudget, economic);
        GeneralBudget = GeneralBudget.WithBasic(Basic.Total);
        ThreePublic = ThreePublicFigures.From(Unit.ThreePublic, Unit.Previous?.ThreePublic);
        Procurement = ProcurementFigures.From(Unit.Procurement);
        Assets = AssetFigures.From(Unit.Assets);
        ProjectForms = [.. Unit.Performance.Projects.Select(ProjectFormFigures.Of)];
    }

    /// <summary>The figures with <paramref name="tables"/>: the unit's year's 科目 and the clerk's additions.</summary>
    public ReportFigures(UnitYear unit, ClassificationTables tables)
        : this(unit, tables?.Functional ?? throw new ArgumentNullException(nameof(tables)), tables.Economic)
    {
    }

    /// <summary>The figures with the shipped 科目 tables of the unit's year (no extensions).</summary>
    public static ReportFigures Of(UnitYear unit) =>
        new(unit, ClassificationCatalog.For(unit?.Unit.Year ?? throw new ArgumentNullException(nameof(unit))));

    /// <summary>The unit as loaded, with last year's figures taken from last year's file when it names one.</summary>
    public UnitYear Unit { get; }

    /// <summary>The 功能分类 table every stage names 科目 from.</summary>
    public ClassificationTable Functional { get; }

    /// <summary>The 经济分类 table every stage names 款 from.</summary>
    public ClassificationTable Economic { get; }

    public UnitTotals Totals { get; }

    /// <summary>Every 项 line rolled up to 类/款/项 (tables 1–3).</summary>
    public FunctionalTree All { get; }

    /// <summary>What table 2 prints per 功能分类 row: the income lines, or what the spending soundly tells.</summary>
    public IncomeByFunction IncomeRows { get; }

    /// <summary>The lines paid from 财政拨款 (everything but 其他资金; table 4).</summary>
    public FunctionalTree Fiscal { get; }

    /// <summary>The 一般公共预算 lines rolled up to 类/款/项 with the 合计 of record (section 五, table 5, 图6, the glossary).</summary>
    public FunctionalTree GeneralBudget { get; }

    /// <summary>The 政府性基金 lines (table 8).</summary>
    public FunctionalTree GovernmentFund { get; }

    /// <summary>The 国有资本经营 lines (table 9).</summary>
    public FunctionalTree StateCapital { get; }

    public Wording Wording { get; }

    /// <summary>The budget spending is compared with (全年预算 or 年初预算), chosen or inferred once for every stage.</summary>
    public BudgetComparison Comparison { get; }

    /// <summary>财政拨款收、支总计的年初预算数 (<c>appropriations.initial_budget</c>), or null when not given.</summary>
    public decimal? FiscalInitialBudget { get; }

    /// <summary>
    /// 财政拨款收、支总计 as a percentage of its 年初预算 (two decimals, from the printed figures as every completion rate),
    /// or null when the 年初预算 is not given or is 0: "完成年初预算的98.69%" at the 财政拨款 level.
    /// </summary>
    public decimal? FiscalCompletionRate { get; }

    /// <summary>The income sources the unit wrote, in the order of table 1 (a source written as 0 is listed, one left out is not).</summary>
    public IReadOnlyList<NamedAmount> IncomeSources { get; }

    /// <summary>The expenditure types the unit wrote, in the order of table 1.</summary>
    public IReadOnlyList<NamedAmount> ExpenditureTypes { get; }

    /// <summary>一般公共预算财政拨款基本支出, 人员经费 and 公用经费 (section 六, table 6).</summary>
    public BasicFigures Basic { get; }

    /// <summary>The 经济分类 款 names of 人员经费 (301, 303) in the order written.</summary>
    public IReadOnlyList<string> PersonnelItems => Basic.PersonnelItems;

    /// <summary>The 经济分类 款 names of 公用经费 (302, 310) in the order written.</summary>
    public IReadOnlyList<string> PublicItems => Basic.PublicItems;

    public ThreePublicFigures ThreePublic { get; }

    /// <summary>政府采购, or null when the unit gave none of its figures.</summary>
    public ProcurementFigures? Procurement { get; }

    /// <summary>政府采购支出总额 of record; 0 when the section is not given (the text then does not state it).</summary>
    public decimal ProcurementTotal => Procurement?.Total ?? 0m;

    /// <summary>国有资产占有使用情况, each figure null when not given.</summary>
    public AssetFigures Assets { get; }

    /// <summary>Vehicles by use, or null when the unit gave no vehicles.</summary>
    public IReadOnlyList<NamedCount>? VehicleUses => Assets.VehicleUses;

    /// <summary>机关运行经费, or null when not given.</summary>
    public decimal? OperatingCosts => Unit.OperatingCosts.Amount?.Value;

    /// <summary>The figures of each 项目支出绩效自评表, in the order of the projects.</summary>
    public IReadOnlyList<ProjectFormFigures> ProjectForms { get; }

    private static IReadOnlyList<NamedAmount> Given(IEnumerable<(string Name, Money? Amount)> amounts) =>
        [.. amounts.Where(a => a.Amount is not null).Select(a => new NamedAmount(a.Name, a.Amount!.Value.Value))];
}
