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
