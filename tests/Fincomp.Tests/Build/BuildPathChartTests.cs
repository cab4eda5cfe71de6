using Fincomp.Charts;
using Fincomp.Compilation;
using Fincomp.Document;
using Xunit;
using Fincomp.Tests.Support;

namespace Fincomp.Tests.Build;

/// <summary>The build path draws charts as PNG only, and embeds exactly the picture the full renderer draws.</summary>
public sealed class BuildPathChartTests
{
    [Fact]
    public void Png_only_rendering_gives_the_same_picture_as_the_full_renderer()
    {
        var renderer = new ChartRenderer(new ChartRenderOptions());
        var spec = ChartCatalog.For(TestPaths.LoadSample()).First(s => s.Kind == ChartKind.Pie);
        var full = renderer.Render(spec);
        var picture = renderer.RenderPng(spec);
        Assert.Equal(full.Png, picture.Png);
        Assert.Equal((full.PixelWidth, full.PixelHeight), (picture.PixelWidth, picture.PixelHeight));
    }

    [Fact]
    public void Compiled_figures_carry_the_png_of_their_chart()
    {
        var unit = TestPaths.LoadSample();
        var result = ReportCompiler.Compile(unit, new CompileOptions());
        var figure = result.Document!.Blocks.OfType<Figure>().First();
        var expected = new ChartRenderer(new ChartRenderOptions()).RenderPng(ChartCatalog.For(unit).Single(s => s.Key == figure.Key));
        Assert.Equal(expected.Png, figure.Png);
    }
}
