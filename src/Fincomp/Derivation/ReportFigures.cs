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
        : this(StatedBasicOfRecord(DeclaredTotalsOfRecord(WithPreviousYear(unit, functional), functional, economic), functional, economic), functional, economic)
    {
    }

    private ReportFigures((UnitYear Unit, IReadOnlyList<SetAsideTotal> SetAside) settled, ClassificationTable functional, ClassificationTable economic)
    {
        Functional = functional;
        Economic = economic;
        Unit = settled.Unit;
        var all = FunctionalTree.For(Unit, functional);
        var fiscal = FunctionalTree.For(Unit, functional, l => l.Fund != Fund.Other);
        var built = FundTrees(Unit, functional);
        Totals = new UnitTotals(Unit);
        (GeneralBudget, GovernmentFund, StateCapital) = WithTotals(built, Totals, BasicFigures.StatedTotal(Unit));
        var balanced = (Totals, GeneralBudget, GovernmentFund, StateCapital);
        var failures = UnprintableSums(Unit, all, built, balanced);
        if (failures.Rows + failures.Statement > 0)
        {
            // The cent that balances 财政拨款收入支出决算总表 went to a fund whose table cannot print it, here or in the
            // tables of all funds that print the same 类: the two sides keep their own totals rather than a row failing
            // to add (FC1107 tells the clerk). On a tie the side with fewer failing 类/款 rows wins: a failing 合计 row of
            // table 3 is left to the statement's 基本支出 of record (StatedBasicOfRecord below), a 类 printing
            // 基本支出 0.00 over a 项 of 0.01 to nothing.
            var unbalanced = new UnitTotals(Unit, balanceFiscal: false);
            var trees = WithTotals(built, unbalanced, BasicFigures.StatedTotal(Unit));
            var without = UnprintableSums(Unit, all, built, (unbalanced, trees.GeneralBudget, trees.GovernmentFund, trees.StateCapital));
            var (fewer, was) = (without.Rows + without.Statement, failures.Rows + failures.Statement);
            if (fewer < was || (fewer == was && without.Rows < failures.Rows))
            {
                balanced = (unbalanced, trees.GeneralBudget, trees.GovernmentFund, trees.StateCapital);
            }
        }

        (Totals, GeneralBudget, GovernmentFund, StateCapital) = balanced;
        Comparison = BudgetComparison.For(Unit);
        Wording = new Wording(Unit.Settings.TextAmounts, Unit.Settings.PercentagesInEffect, Comparison);
        FiscalInitialBudget = Unit.Appropriations.InitialBudget?.Value;
        FiscalCompletionRate = FiscalInitialBudget is { } initial ? Display.CompletionPercent(initial, Totals.FiscalExpenditureGrandTotal) : null;
        var income = Unit.Statement.Income;
        var fiscalSources = Given(
        [
            ("一般公共预算财政拨款收入", income.GeneralBudget),
            ("政府性基金预算财政拨款收入", income.GovernmentFund),
            ("国有资本经营预算财政拨款收入", income.StateCapital),
        ]);
        OtherIncomeSources = Given(
        [
            ("上级补助收入", income.SuperiorSubsidy),
            ("事业收入", income.Business),
            ("经营收入", income.Operating),
            ("附属单位上缴收入", income.AffiliateRemittance),
            ("其他收入", income.Other),
        ]);
        IncomeSources = [.. fiscalSources, .. OtherIncomeSources];
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
        var withBasic = GeneralBudget.WithBasic(Basic.Total);
        if (withBasic.Total.Basic != Basic.Total && withBasic.Total.Basic + withBasic.Total.Project == withBasic.Total.Actual)
        {
            // Table 5 cannot print this 基本支出 over its 类: the sum of the 项 is the figure of record in the text too.
            Basic = BasicFigures.From(Unit, GeneralBudget, economic, withBasic.Total.Basic);
        }

        GeneralBudget = withBasic;

        // Tables 1–3 (all funds) and table 4 print the same 类 and 款 as the fund tables: each takes the cents the funds'
        // totals of record moved, so that one row never prints two values.
        (FunctionalTree, FunctionalTree)[] moved = [(built.GeneralBudget, GeneralBudget), (built.GovernmentFund, GovernmentFund), (built.StateCapital, StateCapital)];
        All = all.Following(moved);
        Fiscal = fiscal.Following(moved);
        IncomeRows = IncomeByFunction.From(Unit, Totals, All);
        GovernmentFundRows = FundRowBalances.From(Unit, GovernmentFund, Fund.GovernmentFund, Totals.GovernmentFundIncome);
        StateCapitalRows = FundRowBalances.From(Unit, StateCapital, Fund.StateCapital, Totals.StateCapitalIncome);
        ThreePublic = ThreePublicFigures.From(Unit.ThreePublic, Unit.Previous?.ThreePublic, Unit.IsWritten(nameof(UnitYear.ThreePublic)));
        Procurement = ProcurementFigures.From(Unit.Procurement);
        Assets = AssetFigures.From(Unit.Assets, Unit.Settings.TemplatePack);
        ProjectForms = [.. Unit.Performance.Projects.Select(ProjectFormFigures.Of)];
        GrandTotalChange = Unit.Previous?.IncomeGrandTotal is { } previous ? Display.Difference(previous.Value, Totals.IncomeGrandTotal) : null;
        SetAside = [.. settled.SetAside, .. Totals.SetAside, .. Basic.SetAside, .. ThreePublic.Budget.SetAside, .. ThreePublic.Actual.SetAside, .. Procurement?.SetAside ?? []];
    }

    /// <summary>The figures with <paramref name="tables"/>: the unit's year's 科目 and the clerk's additions.</summary>
    public ReportFigures(UnitYear unit, ClassificationTables tables)
        : this(unit, tables?.Functional ?? throw new ArgumentNullException(nameof(tables)), tables.Economic)
    {
    }

    /// <summary>The figures with the shipped 科目 tables of the unit's year (no extensions).</summary>
    public static ReportFigures Of(UnitYear unit) =>
        new(unit, ClassificationCatalog.For(unit?.Unit.Year ?? throw new ArgumentNullException(nameof(unit))));

    /// <summary>
    /// The unit as loaded, with last year's figures taken from last year's file when it names one, and without the printed
    /// 类/款 totals the report set aside (<see cref="SetAside"/>), so that no stage can print them.
    /// </summary>
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

    /// <summary>What table 8 prints per row besides the spending: 年初结转和结余, 本年收入, 年末结转和结余 where the data gives them.</summary>
    public FundRowBalances GovernmentFundRows { get; }

    /// <summary>The same for table 9.</summary>
    public FundRowBalances StateCapitalRows { get; }

    public Wording Wording { get; }

    /// <summary>
    /// 单位决算 or 部门决算: as the unit wrote it, otherwise 部门决算 when the unit lists two or more budget units it
    /// consolidates (部门决算单位构成).
    /// </summary>
    public ReportScope Scope =>
        Unit.Unit.Scope ?? Unit.Settings.TemplatePack.Scope()
        ?? (Unit.Profile.Organization.BudgetUnits.Count > 1 ? ReportScope.Department : ReportScope.Unit);

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

    /// <summary>The income sources other than 财政拨款 that the unit wrote (上级补助收入 … 其他收入), for text that states 财政拨款收入 as one figure.</summary>
    public IReadOnlyList<NamedAmount> OtherIncomeSources { get; }

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

    /// <summary>
    /// 收入总计较上年增减额: this year's 收入总计 of record less last year's, as printed (<see cref="Display.Difference"/>);
    /// null without last year's figure. The text's change sentence and the batch summary's 增减额 column state it.
    /// </summary>
    public decimal? GrandTotalChange { get; }

    /// <summary>
    /// The printed totals that agree with their parts within rounding but that no table could print beside its parts;
    /// the report uses the sum of the parts for each of them everywhere, and <c>check</c> reports them (FC1107).
    /// </summary>
    public IReadOnlyList<SetAsideTotal> SetAside { get; }

    /// <summary>The 功能分类 trees of the three 财政拨款 funds as built from their lines.</summary>
    private static (FunctionalTree GeneralBudget, FunctionalTree GovernmentFund, FunctionalTree StateCapital) FundTrees(
        UnitYear unit, ClassificationTable functional) =>
    (
        FunctionalTree.GeneralBudget(unit, functional),
        FunctionalTree.For(unit, functional, l => l.Fund == Fund.GovernmentFund),
        FunctionalTree.For(unit, functional, l => l.Fund == Fund.StateCapital)
    );

    /// <summary>The trees of the three funds, each with its 合计 of record (一般公共预算 with the split of record of <paramref name="basic"/>).</summary>
    private static (FunctionalTree GeneralBudget, FunctionalTree GovernmentFund, FunctionalTree StateCapital) WithTotals(
        (FunctionalTree GeneralBudget, FunctionalTree GovernmentFund, FunctionalTree StateCapital) built, UnitTotals totals, decimal? basic) =>
    (
        built.GeneralBudget.WithTotal(totals.GeneralBudgetExpenditure, basic),
        built.GovernmentFund.WithTotal(totals.GovernmentFundExpenditure),
        built.StateCapital.WithTotal(totals.StateCapitalExpenditure)
    );

    /// <summary>
    /// The sums that could not be printed in the fund tables with their totals of record and in table 3 (all funds) once
    /// it takes the same cents (<see cref="FunctionalTree.Following"/>), and those of table 3's 本年支出合计 row.
    /// </summary>
    private static (int Rows, int Statement) UnprintableSums(
        UnitYear unit,
        FunctionalTree all,
        (FunctionalTree GeneralBudget, FunctionalTree GovernmentFund, FunctionalTree StateCapital) built,
        (UnitTotals Totals, FunctionalTree GeneralBudget, FunctionalTree GovernmentFund, FunctionalTree StateCapital) ofRecord)
    {
        var following = all.Following([(built.GeneralBudget, ofRecord.GeneralBudget), (built.GovernmentFund, ofRecord.GovernmentFund), (built.StateCapital, ofRecord.StateCapital)]);
        return (PrintedTreeSums.Failures([ofRecord.GeneralBudget, ofRecord.GovernmentFund, ofRecord.StateCapital, following]),
            PrintedTreeSums.StatementFailures(unit.Statement.Expenditure, following, ofRecord.Totals.ExpenditureTotal));
    }

    private static UnitYear WithPreviousYear(UnitYear unit, ClassificationTable functional)
    {
        ArgumentNullException.ThrowIfNull(unit);
        ArgumentNullException.ThrowIfNull(functional);
        return unit.Previous is null && unit.PreviousUnit is { } previousUnit
            ? unit with { Previous = PreviousYearFigures.From(previousUnit, unit.Locate(nameof(UnitYear.PreviousYear)), functional) }
            : unit;
    }

    /// <summary>
    /// The printed 类/款 totals the report uses: each one, in the order written, is kept where the tables built with it
    /// fail no more sums than without it (<see cref="PrintedTreeSums"/>); a total whose cent cannot be passed to any
    /// 款 or 项 without a row or column failing to add is set aside, and its 类 or 款 prints the sum of its 项.
    /// </summary>
    private static (UnitYear Unit, IReadOnlyList<SetAsideTotal> SetAside) DeclaredTotalsOfRecord(UnitYear unit, ClassificationTable functional, ClassificationTable economic)
    {
        ArgumentNullException.ThrowIfNull(economic);
        var declared = unit.Functional.DeclaredTotals;
        if (declared.Count == 0)
        {
            return (unit, []);
        }

        UnitYear With(IReadOnlyList<DeclaredTotal> totals) => unit with { Functional = unit.Functional with { DeclaredTotals = totals } };
        IReadOnlyList<string> Failures(IReadOnlyList<DeclaredTotal> totals) => PrintedTreeSums.Describe(new ReportFigures((With(totals), []), functional, economic));

        var kept = new List<DeclaredTotal>();
        var setAside = new List<SetAsideTotal>();
        var failures = Failures(kept);
        foreach (var total in declared)
        {
            // The 一般公共预算 tree takes the total wherever its 一般公共预算 项 agree with it (FunctionalTree.For).
            var lines = unit.Functional.Lines.Where(l => l.Fund == Fund.GeneralBudget && l.Code.StartsWith(total.Code, StringComparison.Ordinal)).ToList();
            var used = lines.Count > 0 && FigureOfRecord.Agrees(total.Actual, Summed.Of(lines.Select(l => (Money?)l.Actual)));
            if (!used)
            {
                kept.Add(total);
                continue;
            }

            var withTotal = Failures([.. kept, total]);
            if (withTotal.Count <= failures.Count)
            {
                kept.Add(total);
                failures = withTotal;
            }
            else
            {
                // The first sum that fails only with this total names what prevents it (often a 基本支出/项目支出 split).
                var blocker = withTotal.Except(failures, StringComparer.Ordinal).FirstOrDefault();
                setAside.Add(new SetAsideTotal($"科目 {total.Code} 合计", total.Actual, lines.Sum(l => l.Actual.Value), [.. lines.Select(l => l.Actual.Value)],
                    blocker is null ? null : $"采用它时{blocker}"));
            }
        }

        return setAside.Count == 0 ? (unit, []) : (With(kept), setAside);
    }

    /// <summary>
    /// The statement's 基本支出 where it is 一般公共预算财政拨款基本支出 itself (<see cref="BasicFigures.StatedTotal"/>): one
    /// quantity printed in table 3, section 三, table 5 and section 六. Where table 5 cannot print it over its 合计 of
    /// record (the report then prints the 基本支出 its 类 add up to there and in section 六), it is set aside (FC1107)
    /// and the statement carries the figure used, so that table 3's 合计 row, 本年支出合计 and the text state that one
    /// value too. Only a unit whose 项 do not add up to the statement is built twice to find out.
    /// </summary>
    private static (UnitYear Unit, IReadOnlyList<SetAsideTotal> SetAside) StatedBasicOfRecord(
        (UnitYear Unit, IReadOnlyList<SetAsideTotal> SetAside) settled, ClassificationTable functional, ClassificationTable economic)
    {
        var unit = settled.Unit;
        if (BasicFigures.StatedTotal(unit) is not { } stated || unit.Statement.Expenditure.Basic is not { } printed)
        {
            return settled;
        }

        var lines = unit.Functional.Lines.Where(l => l.Fund == Fund.GeneralBudget).ToList();
        if (lines.Count == 0)
        {
            // No 一般公共预算 项: table 5 prints no rows the statement's 基本支出 would have to fit over, so it stays as
            // given (check reports a 基本支出 that no line carries).
            return settled;
        }

        if (lines.Any(l => l.Basic is not null) && lines.Sum(l => l.Basic.OrZero()) == stated
            && unit.Statement.Income.GeneralBudget?.Value == lines.Sum(l => l.Actual.Value) && unit.Functional.DeclaredTotals.Count == 0)
        {
            // The 项 add up to the statement's 基本支出 and to 一般公共预算 income: table 5 prints it over them as given.
            return settled;
        }

        var trial = new ReportFigures(settled, functional, economic);
        var used = trial.Basic.Total;
        if (used == stated)
        {
            return settled;
        }

        var tree = trial.GeneralBudget.Total;
        var blocker = $"一般公共预算财政拨款支出合计 {Display.FixedAmount(tree.Actual)} 减去项目支出 {Display.FixedAmount(tree.Project)} 只能印出基本支出 {Display.FixedAmount(used)}";
        var expenditure = unit.Statement.Expenditure with { Basic = printed with { Value = used } };
        var withUsed = unit with { Statement = unit.Statement with { Expenditure = expenditure } };
        decimal[] parts = [.. trial.GeneralBudget.Classes.Select(c => c.Amounts.Basic)];
        return (withUsed, [.. settled.SetAside, new SetAsideTotal("基本支出", printed, used, parts, blocker)]);
    }

    private static IReadOnlyList<NamedAmount> Given(IEnumerable<(string Name, Money? Amount)> amounts) =>
        [.. amounts.Where(a => a.Amount is not null).Select(a => new NamedAmount(a.Name, a.Amount!.Value.Value))];
}
