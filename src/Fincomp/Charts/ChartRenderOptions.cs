namespace Fincomp.Charts;

/// <summary>How charts are drawn. Everything has a default that works on a machine with no CJK font installed.</summary>
public sealed record ChartRenderOptions
{
    /// <summary>
    /// A font file (.ttf/.otf/.ttc, face 0) to draw every text with instead of the shipped WenQuanYi Micro Hei; the
    /// <c>--chart-font</c> option. Null uses the shipped font.
    /// </summary>
    public string? FontFile { get; init; }
}
