using Fincomp.Derivation;
using Fincomp.Model;
using Fincomp.Reference;

namespace Fincomp.Charts;

/// <summary>
/// Decides which of 图1–图7 a unit-year carries and what each shows. Every total comes from <see cref="UnitTotals"/>
/// or <see cref="FunctionalTree"/>, never re-added here, so a figure always agrees with the text and the tables.
/// </summary>
/// <remarks>
/// A figure is left out when it has nothing to show: a bar chart without last year's figures, or a pie with no
/// positive slice (the seed's "无图7"). A pie with a single slice is kept: the seed's 图2 shows one source at 100%.
/// Slices are the positive parts only, because a pie cannot draw a zero or negative share.
/// </remarks>
public static class ChartCatalog
{
    /// <summary>The figures with the shipped 科目 of the unit's year.</summary>
    public static IReadOnlyList<ChartSpec> For(UnitYear unit) =>
        For(unit, ClassificationCatalog.For(unit?.Unit.Year ?? throw new ArgumentNullException(nameof(unit))));

    /// <summary>The figures with <paramref name="tables"/>: the unit's year's 科目 and the clerk's additions.</summary>
    public static IReadOnlyList<ChartSpec> For(UnitYear unit, ClassificationTables tables)
    {
        ArgumentNullException.ThrowIfNull(unit);
        ArgumentNullException.ThrowIfNull(tables);
        var totals = new UnitTotals(unit);
        var current = YearName(unit.Unit.Year);
        var previous = YearName(unit.Unit.Year - 1);
        var figures = new List<ChartSpec?>
        {
            Bars(1, "收、支决算总计变动情况", previous, current,
                ("收入总计", unit.Previous?.IncomeGrandTotal, totals.IncomeGrandTotal),
                ("支出总计", unit.Previous?.ExpenditureGrandTotal, totals.ExpenditureGrandTotal)),
            Pie(2, current + "收入决算结构", current,
                ("一般公共预算财政拨款收入", totals.GeneralBudgetIncome),
                ("政府性基金预算财政拨款收入", totals.GovernmentFundIncome),
                ("国有资本经营预算财政拨款收入", totals.StateCapitalIncome),
                ("上级补助收入", unit.Statement.Income.SuperiorSubsidy.OrZero()),
                ("事业收入", unit.Statement.Income.Business.OrZero()),
                ("经营收入", unit.Statement.Income.Operating.OrZero()),
                ("附属单位上缴收入", unit.Statement.Income.AffiliateRemittance.OrZero()),
                ("其他收入", unit.Statement.Income.Other.OrZero())),
            Pie(3, current + "支出决算结构", current,
                ("基本支出", unit.Statement.Expenditure.Basic.OrZero()),
                ("项目支出", unit.Statement.Expenditure.Project.OrZero()),
                ("上缴上级支出", unit.Statement.Expenditure.RemittanceToSuperior.OrZero()),
                ("经营支出", unit.Statement.Expenditure.Operating.OrZero()),
                ("对附属单位补助支出", unit.Statement.Expenditure.SubsidyToAffiliates.OrZero())),
            Bars(4, "财政拨款收、支决算总计变动情况", previous, current,
                ("财政拨款收入总计", unit.Previous?.FiscalIncomeGrandTotal, totals.FiscalIncomeGrandTotal),
                ("财政拨款支出总计", unit.Previous?.FiscalExpenditureGrandTotal, totals.FiscalExpenditureGrandTotal)),
            Bars(5, "一般公共预算财政拨款支出决算变动情况", previous, current,
                ("一般公共预算财政拨款支出", unit.Previous?.GeneralBudgetExpenditure, totals.GeneralBudgetExpenditure)),
            Pie(6, current + "一般公共预算财政拨款支出决算结构", current,
                [.. FunctionalTree.GeneralBudget(unit, tables.Functional).Classes.Select(c => (c.Name, c.Amounts.Actual))]),
            totals.ThreePublicActual == 0m ? null : Pie(7, current + "“三公”经费财政拨款支出结构", current, ThreePublicParts(unit.ThreePublic.Actual)),
        };
        return [.. figures.OfType<ChartSpec>()];
    }

    private static (string, decimal)[] ThreePublicParts(ThreePublicAmounts actual) =>
    [
        ("因公出国（境）费", actual.Overseas.OrZero()),
        ("公务用车购置费", actual.VehiclePurchase.OrZero()),
        ("公务用车运行维护费", actual.VehicleOperation.OrZero()),
        ("公务接待费", actual.DomesticReception.OrZero() + actual.ForeignReception.OrZero()),
    ];

    private static ChartSpec? Bars(int number, string title, string previousName, string currentName, params (string Label, Money? Previous, decimal Current)[] categories)
    {
        if (categories.Any(c => c.Previous is null))
        {
            return null;
        }

        var before = categories.Select(c => new ChartPoint(c.Label, c.Previous!.Value.Value)).ToList();
        var now = categories.Select(c => new ChartPoint(c.Label, c.Current)).ToList();
        return Spec(number, title, ChartKind.Bar, [new ChartSeries(previousName, before), new ChartSeries(currentName, now)]);
    }

    private static ChartSpec? Pie(int number, string title, string seriesName, params (string Label, decimal Value)[] parts)
    {
        var slices = parts.Where(p => p.Value > 0m).Select(p => new ChartPoint(p.Label, p.Value)).ToList();
        return slices.Count == 0 ? null : Spec(number, title, ChartKind.Pie, [new ChartSeries(seriesName, slices)]);
    }

    private static ChartSpec Spec(int number, string title, ChartKind kind, IReadOnlyList<ChartSeries> series) =>
        new($"fig{number}", number, ChartCaptions.Of(number), title, kind, series);

    private static string YearName(int year) => year.ToString(System.Globalization.CultureInfo.InvariantCulture) + "年度";
}
