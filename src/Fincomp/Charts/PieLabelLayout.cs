namespace Fincomp.Charts;

/// <summary>
/// Places slice percentages so that none overlap: a slice wide enough holds its own label; narrower slices (the seed's
/// 0.07% and 0.08% side by side) get labels outside, stacked on their side of the pie at least one line apart.
/// Slices run anticlockwise in the order the text lists them, turned (<see cref="StartShare"/>) so that the first slice
/// labelled outside starts at twelve o'clock: the thin slices then lie on the left, where anticlockwise is downward,
/// away from the legend on the right, and their labels read top to bottom in the legend's order with leader lines that
/// never cross (on the right, should thin slices reach it, they read bottom to top, again without crossing).
/// </summary>
internal static class PieLabelLayout
{
    /// <summary>Slices at least this share of the pie carry their label inside.</summary>
    public const double InsideShare = 0.10;

    private const double InsideRadius = 0.62;
    private const double OutsideRadius = 1.12;
    private const double OutsideColumn = 1.2;

    /// <param name="shares">Each slice's share of the pie, in slice order, summing to 1.</param>
    /// <param name="lineHeight">The height of one label in pie units.</param>
    /// <param name="limit">How far from the centre (up or down) labels may go.</param>
    public static IReadOnlyList<PieLabel> Place(IReadOnlyList<double> shares, double lineHeight, double limit)
    {
        ArgumentNullException.ThrowIfNull(shares);
        var labels = new PieLabel[shares.Count];
        var start = -StartShare(shares);
        for (var i = 0; i < shares.Count; i++)
        {
            var angle = Math.PI / 2 + (start + shares[i] / 2) * 2 * Math.PI;
            var (cos, sin) = (Math.Cos(angle), Math.Sin(angle));
            labels[i] = shares[i] >= InsideShare
                ? new PieLabel(InsideRadius * cos, InsideRadius * sin, true, cos >= 0, 0, 0)
                : new PieLabel(cos >= 0 ? OutsideColumn : -OutsideColumn, OutsideRadius * sin, false, cos >= 0, cos, sin);
            start += shares[i];
        }

        foreach (var right in new[] { true, false })
        {
            Spread(labels, labels.Select((l, i) => (l, i)).Where(p => !p.l.Inside && p.l.RightSide == right).Select(p => p.i).ToList(), lineHeight, limit);
        }

        return labels;
    }

    /// <summary>
    /// How far (as a share of the whole) the pie turns clockwise from twelve o'clock: the share of the slices before the
    /// first one labelled outside, so that one starts at twelve o'clock; 0 when there is none or it is the first.
    /// </summary>
    public static double StartShare(IReadOnlyList<double> shares)
    {
        ArgumentNullException.ThrowIfNull(shares);
        var first = shares.Select((share, i) => (share, i)).FirstOrDefault(x => x.share < InsideShare, (0, -1)).Item2;
        return first <= 0 ? 0 : shares.Take(first).Sum();
    }

    /// <summary>Pushes the labels of one side apart, top to bottom, then back up if the last one fell off the bottom.</summary>
    private static void Spread(PieLabel[] labels, List<int> side, double lineHeight, double limit)
    {
        // Top first; equal heights in slice order as they run (down the left, up the right), so labels never swap.
        side.Sort((a, b) => labels[b].Y != labels[a].Y ? labels[b].Y.CompareTo(labels[a].Y) : labels[a].RightSide ? b.CompareTo(a) : a.CompareTo(b));
        for (var k = 1; k < side.Count; k++)
        {
            var above = labels[side[k - 1]].Y;
            if (above - labels[side[k]].Y < lineHeight)
            {
                labels[side[k]] = labels[side[k]] with { Y = above - lineHeight };
            }
        }

        for (var k = side.Count - 1; k >= 0; k--)
        {
            var floor = -limit + (side.Count - 1 - k) * lineHeight;
            if (labels[side[k]].Y < floor)
            {
                labels[side[k]] = labels[side[k]] with { Y = floor };
            }
        }
    }
}
