using Fincomp.Charts;
using Xunit;

namespace Fincomp.Tests.Charts;

public sealed class ChartDeterminismTests
{
    [Fact]
    public void Rendering_twice_gives_identical_png_bytes()
    {
        var spec = ChartCatalog.For(ChartSamples.Dangqun).Single(s => s.Key == "fig6");

        var first = new ChartRenderer(new ChartRenderOptions()).Render(spec);
        var second = new ChartRenderer(new ChartRenderOptions()).Render(spec);

        Assert.Equal(first.Png, second.Png);
        Assert.Equal(first.Svg, second.Svg);
    }

    [Fact]
    public void Rendering_several_units_in_parallel_gives_the_same_bytes_as_one_by_one()
    {
        var units = new[] { ChartSamples.Dangqun, ChartSamples.WithThreePublic(), ChartSamples.Dangqun with { Previous = null } };
        var specs = units.SelectMany(ChartCatalog.For).ToList();
        var renderer = new ChartRenderer(new ChartRenderOptions());

        var serialCharts = specs.Select(renderer.Render).ToList();
        var serial = serialCharts.Select(c => c.Png).ToList();
        var serialSvg = serialCharts.Select(c => c.Svg).ToList();
        var parallel = new byte[specs.Count][];
        Parallel.For(0, specs.Count * 2, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i =>
        {
            var chart = new ChartRenderer(new ChartRenderOptions()).Render(specs[i % specs.Count]);
            var png = chart.Png;
            Assert.Equal(serialSvg[i % specs.Count], chart.Svg);
            if (i < specs.Count)
            {
                parallel[i] = png;
            }
            else
            {
                Assert.Equal(serial[i % specs.Count], png);
            }
        });

        Assert.Equal(serial, parallel);
    }
}
