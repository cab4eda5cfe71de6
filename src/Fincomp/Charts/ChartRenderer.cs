using ScottPlot;

namespace Fincomp.Charts;

/// <summary>
/// Draws a <see cref="ChartSpec"/> as PNG and SVG. Each call builds its own plot and shares nothing mutable with
/// other calls, so units render in parallel; the same spec always gives the same bytes.
/// </summary>
public sealed class ChartRenderer
{
    private readonly string _font;

    /// <exception cref="ArgumentException">The font file in <paramref name="options"/> cannot be used.</exception>
    public ChartRenderer(ChartRenderOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _font = ChartFonts.NameFor(options);
    }

    public RenderedChart Render(ChartSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        var plot = new Plot();
        plot.Axes.Title.Label.Text = spec.Title;
        plot.Axes.Title.Label.FontName = _font;
        plot.Axes.Title.Label.FontSize = ChartGeometry.TitleSize;
        plot.Axes.Title.Label.Bold = false;
        plot.Legend.FontName = _font;
        plot.Legend.FontSize = ChartGeometry.LegendSize;
        plot.Legend.SetBestFontOnEachRender = false;
        plot.Legend.IsVisible = true;
        if (spec.Kind == ChartKind.Bar)
        {
            BarChartPlotter.Draw(plot, spec, _font);
        }
        else
        {
            PieChartPlotter.Draw(plot, spec, _font);
        }

        var png = plot.GetImageBytes(ChartGeometry.Width, ChartGeometry.Height, ImageFormat.Png);
        var svg = SvgIds.Normalize(plot.GetSvgXml(ChartGeometry.Width, ChartGeometry.Height));
        return new RenderedChart(png, ChartGeometry.Width, ChartGeometry.Height, svg);
    }
}
