using Fincomp.Derivation;
using Fincomp.Model;

namespace Fincomp.Charts;

/// <summary>
/// Decides which of 图1–图7 a unit-year carries and what each shows. Every figure comes from <see cref="ReportFigures"/>
/// (its figures of record), never re-added here, so a figure always agrees with the text and the tables.
/// </summary>
/// <remarks>
/// A figure is left out when it has nothing to show: a bar chart without last year's figures, or a pie with no
/// positive slice (the seed's "无图7"). A pie with a single slice is kept: the seed's 图2 shows one source at 100%.
/// Slices are the positive parts only, because a pie cannot draw a zero or negative share.
/// </remarks>
public static class ChartCatalog
{
    /// <summary>The charts of a unit with the built-in classification tables.</summary>
    public static IReadOnlyList<ChartSpec> For(UnitYear unit) => For(ReportFigures.Of(unit));

    /// <summary>The charts, every figure read from the unit's derived figures.</summary>
    public static IReadOnlyList<ChartSpec> For(ReportFigures figures)
    {
        ArgumentNullException.ThrowIfNull(figures);
        var unit = figures.Unit;
        var totals = figures.Totals;
        var current = YearName(unit.Unit.Year);
        var previous = YearName(unit.Unit.Year - 1);
        var charts = new List<ChartSpec?>
        {
            Bars(1, "收、支决算总计变动情况", previous, current,
                ("收入总计", unit.Previous?.IncomeGrandTotal, totals.IncomeGrandTotal),
                ("支出总计", unit.Previous?.ExpenditureGrandTotal, totals.ExpenditureGrandTotal)),
            Pie(2, current + "收入决算结构", current, totals.IncomeTotal, [.. figures.IncomeSources.Select(s => (s.Name, s.Amount))]),
            Pie(3, current + "支出决算结构", current, totals.ExpenditureTotal, [.. figures.ExpenditureTypes.Select(t => (t.Name, t.Amount))]),
            Bars(4, "财政拨款收、支决算总计变动情况", previous, current,
                ("财政拨款收入总计", unit.Previous?.FiscalIncomeGrandTotal, totals.FiscalIncomeGrandTotal),
                ("财政拨款支出总计", unit.Previous?.FiscalExpenditureGrandTotal, totals.FiscalExpenditureGrandTotal)),
            Bars(5, "一般公共预算财政拨款支出决算变动情况", previous, current,
                ("一般公共预算财政拨款支出", unit.Previous?.GeneralBudgetExpenditure, totals.GeneralBudgetExpenditure)),
            Pie(6, current + "一般公共预算财政拨款支出决算结构", current, figures.GeneralBudget.Total.Actual,
                [.. figures.GeneralBudget.Classes.Select(c => (c.Name, c.Amounts.Actual))]),
            !figures.ThreePublic.Actual.KnowsTotal || figures.ThreePublic.Actual.Total == 0m ? null : Pie(7, current + "“三公”经费财政拨款支出结构", current, figures.ThreePublic.Actual.Total, ThreePublicParts(figures.ThreePublic)),
        };
        return [.. charts.OfType<ChartSpec>()];
    }

    /// <summary>
    /// The three parts section 七 states, under the names it states them (公务用车购置及运行维护费 as one slice, as the
    /// text gives its amount and share), so the legend and the text name each part the same.
    /// </summary>
    private static (string, decimal)[] ThreePublicParts(ThreePublicFigures figures) =>
        [.. new[] { figures.Overseas, figures.Vehicles, figures.Receptions }.Select(p => (p.Name, p.Actual))];

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

    /// <summary>A pie of the positive parts; <paramref name="whole"/> is the figure of record the text states shares against.</summary>
    private static ChartSpec? Pie(int number, string title, string seriesName, decimal whole, params (string Label, decimal Value)[] parts)
    {
        var slices = parts.Where(p => p.Value > 0m).Select(p => new ChartPoint(p.Label, p.Value)).ToList();
        return slices.Count == 0 ? null : Spec(number, title, ChartKind.Pie, [new ChartSeries(seriesName, slices)]) with { Whole = whole };
    }

    private static ChartSpec Spec(int number, string title, ChartKind kind, IReadOnlyList<ChartSeries> series) =>
        new(ChartCaptions.Key(number), number, ChartCaptions.Of(number), title, kind, series);

    private static string YearName(int year) => year.ToString(System.Globalization.CultureInfo.InvariantCulture) + "年度";
}
