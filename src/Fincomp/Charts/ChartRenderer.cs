using ScottPlot;
using SkiaSharp;

namespace Fincomp.Charts;

/// <summary>
/// Draws a <see cref="ChartSpec"/> as PNG and SVG (<see cref="Render"/>, for the charts command and the website) or as
/// PNG only (<see cref="RenderPng"/>, for the Word document, which embeds nothing else). Each call builds its own plot
/// and shares nothing mutable with other calls, so units render in parallel; the same spec always gives the same bytes.
/// </summary>
public sealed class ChartRenderer
{
    private readonly string _font;

    /// <exception cref="ChartFontException">The font file in <paramref name="options"/> cannot be used.</exception>
    public ChartRenderer(ChartRenderOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _font = ChartFonts.NameFor(options);
    }

    public RenderedChart Render(ChartSpec spec)
    {
        using var plot = Draw(spec);
        var png = EncodePng(plot);
        var svg = SvgIds.Normalize(plot.GetSvgXml(ChartGeometry.Width, ChartGeometry.Height));
        return new RenderedChart(png, ChartGeometry.Width, ChartGeometry.Height, svg);
    }

    public ChartPicture RenderPng(ChartSpec spec)
    {
        using var plot = Draw(spec);
        var png = EncodePng(plot);
        return new ChartPicture(png, ChartGeometry.Width, ChartGeometry.Height);
    }

    /// <summary>
    /// Renders onto our own surface and encodes with the Sub filter at zlib level 3: chart pictures are flat colour
    /// and text, so this is about five times faster than Skia's default (every filter, level 6) for files about a fifth
    /// larger, and encoding was most of the time a report spent on its charts.
    /// </summary>
    private static byte[] EncodePng(Plot plot)
    {
        using var surface = SKSurface.Create(new SKImageInfo(ChartGeometry.Width, ChartGeometry.Height))
            ?? throw new InvalidOperationException("Skia could not create a drawing surface.");
        plot.Render(surface.Canvas, ChartGeometry.Width, ChartGeometry.Height);
        using var image = surface.Snapshot();
        using var pixels = image.PeekPixels();
        using var data = pixels.Encode(new SKPngEncoderOptions(SKPngEncoderFilterFlags.Sub, 3))
            ?? throw new InvalidOperationException("Skia could not encode the chart as PNG.");
        return data.ToArray();
    }

    private Plot Draw(ChartSpec spec)
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

        return plot;
    }
}
