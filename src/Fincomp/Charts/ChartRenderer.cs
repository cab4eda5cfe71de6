using ScottPlot;
using System.Text;
using SkiaSharp;

namespace Fincomp.Charts;

/// <summary>
/// Draws a <see cref="ChartSpec"/> as PNG and SVG (<see cref="Render"/>, for the charts command and the website) or as
/// PNG only (<see cref="RenderPng"/>, for the Word document, which embeds nothing else). Each call builds its own plot
/// and shares nothing mutable with other calls, so units render in parallel; the same spec always gives the same bytes.
/// </summary>
public sealed class ChartRenderer
{
    [ThreadStatic]
    private static SKSurface? Surface;

    private readonly string _font;

    /// <exception cref="ChartFontException">The font file in <paramref name="options"/> cannot be used.</exception>
    public ChartRenderer(ChartRenderOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _font = ChartFonts.NameFor(options);
    }

    /// <summary>
    /// The characters of <paramref name="specs"/> the chart font has no glyph for, in order of first use: a
    /// <c>--chart-font</c> without Chinese glyphs draws them as empty boxes, which must be said, not printed silently.
    /// Besides the specs' own text, the units and signs the plotters add to labels and legends are checked.
    /// </summary>
    public string MissingCharacters(IEnumerable<ChartSpec> specs)
    {
        ArgumentNullException.ThrowIfNull(specs);
        var typeface = ChartFonts.Typeface(_font);
        var text = string.Concat(specs.SelectMany(spec => spec.Series.SelectMany(series => series.Points.Select(p => p.Label)).Prepend(spec.Title)
            .Concat(spec.Series.Select(series => series.Name)))) + PlotterText;
        return string.Concat(text.EnumerateRunes().Where(r => !Rune.IsWhiteSpace(r) && !typeface.ContainsGlyph(r.Value)).Distinct().Select(r => r.ToString()));
    }

    /// <summary>The warning for a chart font without glyphs for <paramref name="missing"/>, for the build and the charts command.</summary>
    public static string MissingGlyphsMessage(string? fontFile, string missing)
    {
        ArgumentNullException.ThrowIfNull(missing);
        var shown = missing.Length > 20 ? missing[..20] + "…" : missing;
        return $"图表字体 {fontFile ?? "--chart-font"} 没有这些字的字形：{shown}（共 {missing.Length} 个），图中会画成方框；请改用含简体中文字形的字体，或不写 --chart-font 用内置字体。";
    }

    /// <summary>What the plotters print beside the specs' text: amounts, percentages, the grouped slice's name.</summary>
    private const string PlotterText = "0123456789.-%万元其他（项）";

    /// <summary>The zlib level of chart PNGs; why level 1: <see cref="EncodePng"/>.</summary>
    private const int PngLevel = 1;

    public RenderedChart Render(ChartSpec spec)
    {
        using var plot = Draw(spec);
        var png = EncodePng(plot);
        var svg = SvgBoldTitle.Apply(SvgIds.Normalize(plot.GetSvgXml(ChartGeometry.Width, ChartGeometry.Height)));
        return new RenderedChart(png, ChartGeometry.Width, ChartGeometry.Height, svg);
    }

    public ChartPicture RenderPng(ChartSpec spec)
    {
        using var plot = Draw(spec);
        var png = EncodePng(plot);
        return new ChartPicture(png, ChartGeometry.Width, ChartGeometry.Height);
    }

    /// <summary>
    /// Renders onto our own surface and encodes it with Skia's PNG encoder, Up filter only (chart pictures are flat
    /// colour and text: a row mostly repeats the one above; Up was faster than Sub and gave smaller files in every run
    /// of the chart-cost benchmark), with the picture declared opaque so the file is RGB without an alpha channel: ScottPlot clears
    /// the whole picture with its opaque white background first, so no pixel is translucent and nothing is lost.
    /// Encoding was most of the time a report spent on its charts. zlib level 1 rather than 3: of Skia's encodings
    /// measured by the chart-cost benchmark it was the fastest in every run (about 5 % less processor time than level 3),
    /// for files about 5 % larger that are still smaller than the RGBA ones at level 3 (docs/performance.md).
    /// </summary>
    private static byte[] EncodePng(Plot plot)
    {
        var surface = DrawingSurface();
        var canvas = surface.Canvas;
        // ScottPlot clears the whole picture first; the saved state keeps its transforms and clips out of the next chart.
        var saved = canvas.Save();
        plot.Render(canvas, ChartGeometry.Width, ChartGeometry.Height);
        canvas.RestoreToCount(saved);
        using var drawn = surface.PeekPixels();
        using var opaque = new SKPixmap(drawn.Info.WithAlphaType(SKAlphaType.Opaque), drawn.GetPixels(), drawn.RowBytes);
        using var data = opaque.Encode(new SKPngEncoderOptions(SKPngEncoderFilterFlags.Up, PngLevel))
            ?? throw new InvalidOperationException("Skia could not encode the chart as PNG.");
        return data.ToArray();
    }

    /// <summary>
    /// One drawing surface per thread, reused for every chart it draws: a new 1181 × 760 surface for each of a unit's
    /// seven charts cost an allocation and 3.6 MB of fresh pages each time. Never shared between threads.
    /// </summary>
    private static SKSurface DrawingSurface() =>
        Surface ??= SKSurface.Create(new SKImageInfo(ChartGeometry.Width, ChartGeometry.Height))
            ?? throw new InvalidOperationException("Skia could not create a drawing surface.");

    /// <summary>The plot for <paramref name="spec"/>, not yet rendered; the caller disposes it.</summary>
    internal Plot Draw(ChartSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        var plot = new Plot();
        plot.Axes.Title.Label.Text = spec.Title;
        plot.Axes.Title.Label.FontName = _font;
        plot.Axes.Title.Label.FontSize = ChartGeometry.TitleSize;
        // The resolver has no bold face to give, so the title is emboldened as it is drawn (BoldTitlePanel) in place
        // of ScottPlot's own title panel, which would draw it regular.
        plot.Axes.Title.Label.Bold = false;
        plot.Axes.Title.IsVisible = false;
        plot.Axes.AddPanel(new BoldTitlePanel(plot.Axes.Title));
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
