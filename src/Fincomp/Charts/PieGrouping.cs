namespace Fincomp.Charts;

/// <summary>
/// Keeps a pie legible: with more parts than <see cref="MaxSlices"/>, the largest parts keep their own slices, in the
/// order the text lists them, and the rest become one last slice "其他（N项）" holding their sum. So the legend fits
/// the chart and every outside label has room on its side of the pie, however many parts a unit has.
/// </summary>
internal static class PieGrouping
{
    public const int MaxSlices = 10;

    public static IReadOnlyList<ChartPoint> Group(IReadOnlyList<ChartPoint> points)
    {
        ArgumentNullException.ThrowIfNull(points);
        if (points.Count <= MaxSlices)
        {
            return points;
        }

        // Ties broken by position, so the same parts are kept on every run.
        var kept = points.Select((p, i) => (p, i)).OrderByDescending(x => x.p.Value).ThenBy(x => x.i)
            .Take(MaxSlices - 1).Select(x => x.i).ToHashSet();
        var rest = points.Where((_, i) => !kept.Contains(i)).ToList();
        return [.. points.Where((_, i) => kept.Contains(i)), new ChartPoint($"其他（{rest.Count}项）", rest.Sum(p => p.Value))];
    }
}
