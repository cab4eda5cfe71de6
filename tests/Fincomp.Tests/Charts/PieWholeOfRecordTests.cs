using Fincomp.Charts;
using Fincomp.Tests.Checks;
using Fincomp.Tests.Support;
using Xunit;

namespace Fincomp.Tests.Charts;

/// <summary>
/// A pie's percentages are the text's: each slice is divided by the whole of record the text states its shares
/// against (a printed "三公" 合计 of 52.26 over items adding to 52.25), not by the sum of the slices.
/// </summary>
public sealed class PieWholeOfRecordTests
{
    private static readonly Lazy<string> PrintedTotal = new(() => TestUnits.ReplaceOnce(File.ReadAllText(TestPaths.Sample("shanghai-2024.yaml")),
        "    domestic_reception: 1.85\n    foreign_reception: 0\n", "    domestic_reception: 1.85\n    foreign_reception: 0\n    total: 52.26\n"));

    [Fact]
    public void Chart_7_is_divided_by_the_printed_total_of_record()
    {
        var chart = Assert.Single(ChartCatalog.For(TestUnits.Load(PrintedTotal.Value)), c => c.Key == "fig7");

        Assert.Equal(52.26m, chart.Whole);
        var svg = new ChartRenderer(new ChartRenderOptions()).Render(chart).Svg;
        // The vehicles are one slice, as the text states them: 43.6 / 52.26 = 83.429…% and 6.8 / 52.26 = 13.011…%;
        // against the items' 52.25 the vehicles would read 83.44%.
        Assert.Contains("83.43%", svg, StringComparison.Ordinal);
        Assert.Contains("13.01%", svg, StringComparison.Ordinal);
        Assert.DoesNotContain("83.44%", svg, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_pie_carries_the_whole_the_text_uses()
    {
        var unit = TestUnits.Load(PrintedTotal.Value);
        var figures = Fincomp.Derivation.ReportFigures.Of(unit);
        var charts = ChartCatalog.For(figures).Where(c => c.Kind == ChartKind.Pie).ToDictionary(c => c.Key);

        Assert.Equal(figures.Totals.IncomeTotal, charts["fig2"].Whole);
        Assert.Equal(figures.Totals.ExpenditureTotal, charts["fig3"].Whole);
        Assert.Equal(figures.GeneralBudget.Total.Actual, charts["fig6"].Whole);
        Assert.Equal(figures.ThreePublic.Actual.Total, charts["fig7"].Whole);
    }
}
