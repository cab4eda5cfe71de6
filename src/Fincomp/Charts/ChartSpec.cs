namespace Fincomp.Charts;

/// <summary>
/// What one figure shows, independent of how it is drawn: the document builder places it by <see cref="Key"/> and
/// prints <see cref="Caption"/> under it (also its alt text); the renderer draws <see cref="Title"/> and the series.
/// </summary>
/// <param name="Key">"fig1" … "fig7": stable, used for file names and document anchors.</param>
/// <param name="Number">1 … 7, the 图 number.</param>
/// <param name="Caption">The caption exactly as the disclosure prints it, e.g. "图2：收入决算结构图（饼状图）".</param>
/// <param name="Title">The title drawn inside the picture.</param>
/// <param name="Kind">Bar or pie.</param>
/// <param name="Series">The data; values in 万元.</param>
public sealed record ChartSpec(string Key, int Number, string Caption, string Title, ChartKind Kind, IReadOnlyList<ChartSeries> Series)
{
    /// <summary>
    /// A pie's whole of record, the denominator the text states its shares against (a printed 合计 may differ from its
    /// parts by a cent): the slice labels use it, so a chart never prints a share the text does not. Null means the sum
    /// of the slices.
    /// </summary>
    public decimal? Whole { get; init; }
}
