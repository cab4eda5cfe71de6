using Fincomp.Charts;
using ScottPlot;
using Xunit;

namespace Fincomp.Tests.Charts;

/// <summary>
/// Chart titles are bold although the shipped font has a regular face only: the title panel emboldens the glyphs as it
/// draws them, which shows as more ink in the same place than the regular face gives.
/// </summary>
public sealed class BoldTitleTests
{
    private static readonly ChartRenderer Renderer = new(new ChartRenderOptions());

    [Theory]
    [MemberData(nameof(ChartRendererTests.SampleKeys), MemberType = typeof(ChartRendererTests))]
    public void Sample_chart_titles_are_drawn_bold(string key)
    {
        var spec = ChartCatalog.For(ChartSamples.Dangqun).Single(s => s.Key == key);
        using var plot = Renderer.Draw(spec);
        var panel = Assert.Single(plot.Axes.GetPanels().OfType<BoldTitlePanel>());
        Assert.False(plot.Axes.Title.IsVisible);
        Assert.Equal(spec.Title, panel.Label.Text);

        var bold = TitleInk(plot);
        panel.Bold = false;
        var regular = TitleInk(plot);

        Assert.True(regular > 800, $"the regular title has only {regular} dark pixels");
        Assert.True(bold > regular * 1.2, $"bold title ink {bold} is not clearly more than regular {regular}");
    }

    [Fact]
    public void Emboldening_keeps_the_title_where_the_regular_one_is()
    {
        using var plot = Renderer.Draw(ChartCatalog.For(ChartSamples.Dangqun)[0]);
        var panel = plot.Axes.GetPanels().OfType<BoldTitlePanel>().Single();
        var bold = Band(plot);
        panel.Bold = false;
        var regular = Band(plot);

        // The ink spans the same columns give or take the few pixels the thicker strokes add.
        Assert.InRange(bold.Left, regular.Left - 4, regular.Left);
        Assert.InRange(bold.Right, regular.Right, regular.Right + 4);
    }

    [Fact]
    public void Svg_marks_the_title_and_nothing_else_bold()
    {
        var spec = ChartCatalog.For(ChartSamples.Dangqun)[1];
        var svg = Renderer.Render(spec).Svg;

        var bold = System.Text.RegularExpressions.Regex.Matches(svg, "<text[^>]*font-weight=\"bold\"[^>]*>").Select(m => m.Value).ToList();
        Assert.NotEmpty(bold);
        Assert.All(bold, element => Assert.Contains("font-size=\"40\"", element));
        Assert.DoesNotContain(System.Text.RegularExpressions.Regex.Matches(svg, "<text[^>]*>").Select(m => m.Value),
            element => element.Contains("font-size=\"40\"", StringComparison.Ordinal) && !element.Contains("bold", StringComparison.Ordinal));
    }

    private static int TitleInk(Plot plot)
    {
        using var image = new PngInspector(plot.GetImageBytes(ChartGeometry.Width, ChartGeometry.Height, ImageFormat.Png));
        return image.DarkPixels(0, 0, image.Width, 80);
    }

    private static (int Left, int Right) Band(Plot plot)
    {
        using var image = new PngInspector(plot.GetImageBytes(ChartGeometry.Width, ChartGeometry.Height, ImageFormat.Png));
        var columns = Enumerable.Range(0, image.Width).Where(x => image.DarkPixels(x, 0, 1, 80) > 0).ToList();
        return (columns.Min(), columns.Max());
    }
}
