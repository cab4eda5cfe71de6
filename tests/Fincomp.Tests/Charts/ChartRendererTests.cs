using Fincomp.Charts;
using SkiaSharp;
using Xunit;

namespace Fincomp.Tests.Charts;

public sealed class ChartRendererTests
{
    private static readonly ChartRenderer Renderer = new(new ChartRenderOptions());

    public static TheoryData<string> SampleKeys => new() { "fig1", "fig2", "fig3", "fig4", "fig5", "fig6" };

    [Theory]
    [MemberData(nameof(SampleKeys))]
    public void Sample_chart_is_an_a4_width_png_with_drawn_content(string key)
    {
        var chart = Renderer.Render(ChartCatalog.For(ChartSamples.Dangqun).Single(s => s.Key == key));
        using var image = new PngInspector(chart.Png);

        Assert.Equal((chart.PixelWidth, chart.PixelHeight), (image.Width, image.Height));
        Assert.InRange(image.Width, 1100, 1300);
        Assert.True(image.DistinctColours(0, 0, image.Width, image.Height) > 20, "the picture is blank");
        Assert.True(image.DarkPixels(0, image.Height / 4, image.Width, image.Height / 2) > 1000, "nothing drawn in the body");
    }

    [Theory]
    [MemberData(nameof(SampleKeys))]
    public void Title_region_carries_drawn_glyphs(string key)
    {
        var chart = Renderer.Render(ChartCatalog.For(ChartSamples.Dangqun).Single(s => s.Key == key));
        using var image = new PngInspector(chart.Png);

        var dark = image.DarkPixels(image.Width / 5, 0, image.Width * 3 / 5, 80);
        Assert.True(dark > 800, $"title region has only {dark} dark pixels");
    }

    [Fact]
    public void Title_is_drawn_with_glyphs_not_missing_glyph_boxes()
    {
        var spec = ChartCatalog.For(ChartSamples.Dangqun)[0];
        var blank = spec with { Title = "　" };
        var boxes = spec with { Title = new string('\uE000', spec.Title.Length) };

        using var real = new PngInspector(Renderer.Render(spec).Png);
        using var none = new PngInspector(Renderer.Render(blank).Png);
        using var tofu = new PngInspector(Renderer.Render(boxes).Png);

        var titleInk = real.DarkPixels(0, 0, real.Width, 80);
        Assert.True(titleInk > none.DarkPixels(0, 0, none.Width, 80) + 800);
        Assert.NotEqual(tofu.DarkPixels(0, 0, tofu.Width, 80), titleInk);
    }

    [Fact]
    public void Shipped_font_has_a_glyph_for_every_character_of_every_label()
    {
        var text = string.Concat(ChartCatalog.For(ChartSamples.WithThreePublic()).SelectMany(s =>
            s.Series.SelectMany(series => series.Points.Select(p => p.Label)).Append(s.Title).Append(s.Caption)));
        using var stream = typeof(ChartRenderer).Assembly.GetManifestResourceStream("Fincomp.Fonts.wqy-microhei.ttc")!;
        using var typeface = SKTypeface.FromStream(stream);

        var missing = text.Where(c => !char.IsWhiteSpace(c) && !typeface.ContainsGlyph(c)).Distinct().ToArray();
        Assert.Empty(missing);
    }

    [Fact]
    public void Svg_is_written_with_the_chart()
    {
        var chart = Renderer.Render(ChartCatalog.For(ChartSamples.Dangqun)[1]);

        Assert.Contains("<svg", chart.Svg);
        Assert.Contains("100%", chart.Svg);
    }

    [Fact]
    public void Missing_font_file_is_refused_with_a_chinese_message()
    {
        var error = Assert.Throws<ChartFontException>(() => new ChartRenderer(new ChartRenderOptions { FontFile = "no-such-font.ttf" }));

        Assert.Contains("图表字体文件不存在", error.Message);
    }
}
