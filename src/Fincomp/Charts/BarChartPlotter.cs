using Fincomp.Derivation;
using ScottPlot;

namespace Fincomp.Charts;

/// <summary>
/// Draws a year-on-year comparison: one group of bars per category, one bar per year (earlier year light, current
/// year dark), the amount in 万元 above each bar, the years in the legend.
/// </summary>
internal static class BarChartPlotter
{
    private const double BarWidth = 0.8;

    public static void Draw(Plot plot, ChartSpec spec, string font)
    {
        var seriesCount = spec.Series.Count;
        var categories = spec.Series[0].Points.Select(p => p.Label).ToArray();
        var groupWidth = seriesCount + 1.0;
        var max = 0.0;
        for (var s = 0; s < seriesCount; s++)
        {
            var series = spec.Series[s];
            var color = s == seriesCount - 1 ? ChartPalette.CurrentYear : ChartPalette.PreviousYear;
            var bars = series.Points.Select((point, i) => new Bar
            {
                Position = i * groupWidth + s,
                Value = (double)point.Value,
                Size = BarWidth,
                FillColor = color,
                LineColor = ChartPalette.Line,
                LineWidth = 1,
                Label = Display.TextAmount(point.Value) + "万元",
            }).ToList();
            max = Math.Max(max, bars.Max(b => b.Value));
            var plottable = plot.Add.Bars(bars);
            plottable.LegendText = series.Name;
            plottable.ValueLabelStyle.FontName = font;
            plottable.ValueLabelStyle.FontSize = ChartGeometry.LabelSize;
            plottable.ValueLabelStyle.ForeColor = ChartPalette.Text;
        }

        var centres = categories.Select((_, i) => i * groupWidth + (seriesCount - 1) / 2.0).ToArray();
        plot.Axes.Bottom.SetTicks(centres, categories);
        plot.Axes.Bottom.TickLabelStyle.FontName = font;
        plot.Axes.Bottom.TickLabelStyle.FontSize = ChartGeometry.TickSize;
        plot.Axes.Bottom.MajorTickStyle.Length = 0;
        plot.Axes.Left.TickLabelStyle.FontName = font;
        plot.Axes.Left.TickLabelStyle.FontSize = ChartGeometry.TickSize;
        plot.Axes.Left.Label.Text = "万元";
        plot.Axes.Left.Label.FontName = font;
        plot.Axes.Left.Label.FontSize = ChartGeometry.TickSize;
        plot.Axes.Right.IsVisible = false;
        plot.Axes.Top.IsVisible = false;
        plot.Grid.XAxisStyle.IsVisible = false;
        // Head room above the tallest bar's label for the legend in the upper right: the bars reach 2/3 of the height,
        // their labels stay below 3/4, and the legend's two lines sit above that, so they never cover a value.
        var top = max <= 0 ? 1 : max * 1.5;
        plot.Axes.SetLimits(-0.5 - BarWidth / 2, (categories.Length - 1) * groupWidth + seriesCount - 0.5 + BarWidth / 2, 0, top);
        plot.Legend.Alignment = Alignment.UpperRight;
    }
}
