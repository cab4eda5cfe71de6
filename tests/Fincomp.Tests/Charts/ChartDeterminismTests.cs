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

    /// <summary>
    /// Each thread reuses one drawing surface: a chart drawn after others (bar after pie, pie after bar, in either order)
    /// must have the same bytes as the same chart drawn first on a fresh surface, so nothing of one chart's pixels or
    /// canvas state reaches the next.
    /// </summary>
    [Fact]
    public void A_chart_drawn_after_others_on_a_reused_surface_equals_one_drawn_on_a_fresh_surface()
    {
        var specs = new[] { ChartSamples.Dangqun, ChartSamples.WithThreePublic() }.SelectMany(ChartCatalog.For).ToList();
        Assert.Contains(specs, s => s.Kind == ChartKind.Bar);
        Assert.Contains(specs, s => s.Kind == ChartKind.Pie);
        var fresh = specs.Select(spec => OnNewThread(() => new ChartRenderer(new ChartRenderOptions()).RenderPng(spec).Png)).ToList();

        var (forward, backward) = OnNewThread(() =>
        {
            var renderer = new ChartRenderer(new ChartRenderOptions());
            var inOrder = specs.Select(spec => renderer.RenderPng(spec).Png).ToList();
            var reversed = Enumerable.Reverse(specs).Select(spec => renderer.RenderPng(spec).Png).Reverse().ToList();
            return (inOrder, reversed);
        });

        Assert.Equal(fresh, forward);
        Assert.Equal(fresh, backward);
    }

    /// <summary>Runs on a thread of its own, so the renderer starts with no drawing surface of an earlier test.</summary>
    private static T OnNewThread<T>(Func<T> work)
    {
        T result = default!;
        System.Runtime.ExceptionServices.ExceptionDispatchInfo? failure = null;
        var thread = new Thread(() =>
        {
            try
            {
                result = work();
            }
            catch (Exception e)
            {
                failure = System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(e);
            }
        });
        thread.Start();
        thread.Join();
        failure?.Throw();
        return result;
    }
}
