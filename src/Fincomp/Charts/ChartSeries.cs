namespace Fincomp.Charts;

/// <summary>
/// A named run of points. A bar chart has one series per year (the legend entries, e.g. "2022年度"), each with the
/// same categories; a pie has a single series whose points are its slices.
/// </summary>
public sealed record ChartSeries(string Name, IReadOnlyList<ChartPoint> Points);
