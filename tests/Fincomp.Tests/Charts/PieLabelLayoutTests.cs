using CsCheck;
using Fincomp.Charts;
using Xunit;

namespace Fincomp.Tests.Charts;

public sealed class PieLabelLayoutTests
{
    private const double LineHeight = 0.19;

    [Fact]
    public void Seed_structure_pie_keeps_its_thin_slices_apart()
    {
        // 图6 of the seed: 92.32%, 0.26%, 0.07%, 6.64%, 0.37%, 0.25%, 0.09%.
        double[] values = [773.12, 2.15, 0.6, 55.6, 3.14, 2.1, 0.73];
        var shares = values.Select(v => v / values.Sum()).ToList();

        var labels = PieLabelLayout.Place(shares, LineHeight, 1.5);

        Assert.Equal([true, false, false, false, false, false, false], labels.Select(l => l.Inside));
        AssertNoOverlap(labels);
        Assert.All(labels.Skip(1), l => Assert.False(l.RightSide, "thin slices lie on the left, away from the legend"));
        AssertLegendOrderWithoutCrossing(labels);
    }

    [Fact]
    public void Many_thin_slices_on_one_side_stay_within_the_limit_and_apart()
    {
        var shares = Enumerable.Repeat(0.01, 10).Append(0.9).ToList();

        var labels = PieLabelLayout.Place(shares, LineHeight, 1.5);

        AssertNoOverlap(labels);
        Assert.All(labels.Where(l => !l.Inside), l => Assert.InRange(l.Y, -1.5, 1.5 + LineHeight * 10));
    }

    [Fact]
    public void A_single_slice_carries_its_label_inside()
    {
        var label = Assert.Single(PieLabelLayout.Place([1.0], LineHeight, 1.5));

        Assert.True(label.Inside);
    }

    [Fact]
    public void Pies_of_1_to_40_parts_are_grouped_and_their_labels_never_overlap()
    {
        // The plotter's own geometry: 30 px labels on a 200 px radius, 650 px of height for the pie and its labels.
        const double lineHeight = 30 * 1.25 / 200;
        const double limit = 650 / 2.0 / 200 - lineHeight / 2;
        var parts = Gen.Int[1, 40].SelectMany(n => Gen.Decimal[0.01m, 1000m].Select(d => Math.Round(d, 2)).Array[n]);
        parts.Sample(values =>
        {
            var points = values.Select((v, i) => new ChartPoint($"科目{i}", v)).ToList();
            var grouped = PieGrouping.Group(points);
            Assert.InRange(grouped.Count, 1, PieGrouping.MaxSlices);
            Assert.Equal(points.Sum(p => p.Value), grouped.Sum(p => p.Value));
            var total = grouped.Sum(p => p.Value);
            var labels = PieLabelLayout.Place(grouped.Select(p => (double)(p.Value / total)).ToList(), lineHeight, limit);
            AssertNoOverlap(labels, lineHeight);
            AssertLegendOrderWithoutCrossing(labels);
            Assert.All(labels.Where(l => !l.Inside), l => Assert.InRange(l.Y, -limit - 1e-9, limit + 1e-9));
        });
    }

    [Fact]
    public void Grouping_keeps_the_largest_parts_in_text_order_and_sums_the_rest()
    {
        var points = Enumerable.Range(1, 12).Select(i => new ChartPoint($"科目{i}", i)).ToList();
        var grouped = PieGrouping.Group(points);
        Assert.Equal(["科目4", "科目5", "科目6", "科目7", "科目8", "科目9", "科目10", "科目11", "科目12", "其他（3项）"], grouped.Select(p => p.Label));
        Assert.Equal(6m, grouped[^1].Value);
        var ten = points.Take(10).ToList();
        Assert.Same(ten, PieGrouping.Group(ten));
    }

    [Fact]
    public void A_forty_part_pie_renders()
    {
        var points = Enumerable.Range(1, 40).Select(i => new ChartPoint($"科目{i}", i % 7 + 0.01m)).ToList();
        var spec = new ChartSpec("fig6", 6, "图6：结构", "结构", ChartKind.Pie, [new ChartSeries("2023年度", points)]);
        var rendered = new ChartRenderer(new ChartRenderOptions()).Render(spec);
        Assert.Contains("其他（31项）", rendered.Svg, StringComparison.Ordinal);
    }

    /// <summary>
    /// Outside labels run in slice (legend) order: down the left side, up the right; their rim anchors run the same way,
    /// so no two leader lines cross.
    /// </summary>
    private static void AssertLegendOrderWithoutCrossing(IReadOnlyList<PieLabel> labels)
    {
        foreach (var right in new[] { true, false })
        {
            var side = labels.Where(l => !l.Inside && l.RightSide == right).ToList();
            for (var i = 1; i < side.Count; i++)
            {
                var (above, below) = right ? (side[i], side[i - 1]) : (side[i - 1], side[i]);
                Assert.True(above.Y > below.Y, $"label at {below.Y} follows the one at {above.Y} out of legend order");
                Assert.True(above.AnchorY >= below.AnchorY - 1e-9, $"leader lines from {above.AnchorY} and {below.AnchorY} cross");
            }
        }
    }

    private static void AssertNoOverlap(IReadOnlyList<PieLabel> labels, double lineHeight)
    {
        foreach (var side in labels.Where(l => !l.Inside).GroupBy(l => l.RightSide))
        {
            var ys = side.Select(l => l.Y).Order().ToList();
            for (var i = 1; i < ys.Count; i++)
            {
                Assert.True(ys[i] - ys[i - 1] >= lineHeight - 1e-9, $"labels at {ys[i - 1]} and {ys[i]} overlap");
            }
        }
    }

    private static void AssertNoOverlap(IReadOnlyList<PieLabel> labels)
    {
        foreach (var side in labels.Where(l => !l.Inside).GroupBy(l => l.RightSide))
        {
            var ys = side.Select(l => l.Y).Order().ToList();
            for (var i = 1; i < ys.Count; i++)
            {
                Assert.True(ys[i] - ys[i - 1] >= LineHeight - 1e-9, $"labels at {ys[i - 1]} and {ys[i]} overlap");
            }
        }
    }
}
