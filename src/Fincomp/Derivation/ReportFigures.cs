using Fincomp.Model;
using Fincomp.Reference;

namespace Fincomp.Derivation;

/// <summary>
/// Every figure the narrative needs, derived once from the model: the statement totals, the 一般公共预算 roll-up, the
/// lists the text enumerates and the "三公" parts. Nothing here is copied from what the clerk declared; the templates
/// only format these values (through <see cref="Wording"/>), never add or divide them.
/// </summary>
public sealed class ReportFigures
{
    /// <summary>The figures with the shipped 科目 of the unit's year.</summary>
    public ReportFigures(UnitYear unit)
        : this(unit, ClassificationCatalog.For(unit?.Unit.Year ?? throw new ArgumentNullException(nameof(unit))))
    {
    }

    /// <summary>The figures with <paramref name="tables"/>: the unit's year's 科目 and the clerk's additions.</summary>
    public ReportFigures(UnitYear unit, ClassificationTables tables)
    {
        ArgumentNullException.ThrowIfNull(unit);
        ArgumentNullException.ThrowIfNull(tables);
        Unit = unit;
        Tables = tables;
        Totals = new UnitTotals(unit);
        GeneralBudget = FunctionalTree.GeneralBudget(unit, tables.Functional);
        Wording = new Wording(unit.Settings.TextAmounts);
        var income = unit.Statement.Income;
        IncomeSources =
        [
            new("一般公共预算财政拨款收入", income.GeneralBudget.OrZero()),
            new("政府性基金预算财政拨款收入", income.GovernmentFund.OrZero()),
            new("国有资本经营预算财政拨款收入", income.StateCapital.OrZero()),
            new("上级补助收入", income.SuperiorSubsidy.OrZero()),
            new("事业收入", income.Business.OrZero()),
            new("经营收入", income.Operating.OrZero()),
            new("附属单位上缴收入", income.AffiliateRemittance.OrZero()),
            new("其他收入", income.Other.OrZero()),
        ];
        var expenditure = unit.Statement.Expenditure;
        ExpenditureTypes =
        [
            new("基本支出", expenditure.Basic.OrZero()),
            new("项目支出", expenditure.Project.OrZero()),
            new("上缴上级支出", expenditure.RemittanceToSuperior.OrZero()),
            new("经营支出", expenditure.Operating.OrZero()),
            new("对附属单位补助支出", expenditure.SubsidyToAffiliates.OrZero()),
        ];
        PersonnelItems = EconomicNames(unit.BasicExpenditure, tables.Economic, "301", "303");
        PublicItems = EconomicNames(unit.BasicExpenditure, tables.Economic, "302", "310");
        ThreePublic = ThreePublicFigures.From(unit.ThreePublic, unit.Previous?.ThreePublic);
        var procurement = unit.Procurement;
        ProcurementTotal = procurement.Goods.OrZero() + procurement.Works.OrZero() + procurement.Services.OrZero();
        VehicleUses = VehicleUsesOf(unit.Assets.Vehicles);
    }

    public UnitYear Unit { get; }

    /// <summary>The 科目 tables every name in the report comes from.</summary>
    public ClassificationTables Tables { get; }

    public UnitTotals Totals { get; }

    /// <summary>The 一般公共预算 lines rolled up to 类/款/项 (section 五, the glossary).</summary>
    public FunctionalTree GeneralBudget { get; }

    public Wording Wording { get; }

    /// <summary>The eight income sources in the order of table 1, zero sources included (Sichuan lists them).</summary>
    public IReadOnlyList<NamedAmount> IncomeSources { get; }

    /// <summary>The five expenditure types in the order of table 1.</summary>
    public IReadOnlyList<NamedAmount> ExpenditureTypes { get; }

    /// <summary>The 经济分类 款 names of 人员经费 (301, 303) in the order written.</summary>
    public IReadOnlyList<string> PersonnelItems { get; }

    /// <summary>The 经济分类 款 names of 公用经费 (302, 310) in the order written.</summary>
    public IReadOnlyList<string> PublicItems { get; }

    public ThreePublicFigures ThreePublic { get; }

    /// <summary>政府采购支出总额 = 货物 + 工程 + 服务 (the printed total is only checked, never used).</summary>
    public decimal ProcurementTotal { get; }

    /// <summary>Vehicles by use: the four the Sichuan text always names, plus any other use that has vehicles.</summary>
    public IReadOnlyList<NamedCount> VehicleUses { get; }

    private static IReadOnlyList<string> EconomicNames(BasicExpenditure basic, ClassificationTable economic, params string[] classes) =>
    [
        .. basic.Items
            .Where(i => classes.Any(c => i.Code.StartsWith(c, StringComparison.Ordinal)))
            .Select(i => i.Name ?? economic.Find(i.Code)?.Name ?? i.Code),
    ];

    private static IReadOnlyList<NamedCount> VehicleUsesOf(VehiclesByUse vehicles)
    {
        var uses = new List<NamedCount>
        {
            new("主要领导干部用车", vehicles.Leaders),
            new("机要通信用车", vehicles.Confidential),
            new("应急保障用车", vehicles.Emergency),
        };
        if (vehicles.LawEnforcement != 0)
        {
            uses.Add(new("执法执勤用车", vehicles.LawEnforcement));
        }

        if (vehicles.SpecialPurpose != 0)
        {
            uses.Add(new("特种专业技术用车", vehicles.SpecialPurpose));
        }

        uses.Add(new("其他用车", vehicles.Other));
        return uses;
    }
}
