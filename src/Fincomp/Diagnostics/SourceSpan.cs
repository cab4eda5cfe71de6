namespace Fincomp.Diagnostics;

/// <summary>
/// Where a value was written: a file and a 1-based line and column. Every model value keeps one so that a rule
/// can point a clerk at the exact place to fix. Inputs that have no lines (a workbook, a Word or PDF document) name
/// the place instead — <c>公开05表!E12</c>, <c>第3页</c>, <c>表5 第12行 第3列</c> — with line and column 0.
/// </summary>
public readonly record struct SourceSpan(string File, int Line, int Column)
{
    /// <summary>A place that is not a line: a sheet and cell, a page, a paragraph or a table cell.</summary>
    public string? Place { get; init; }

    /// <summary>The place in a finished Word or PDF report field by field (page, table, row…), when the span is one.</summary>
    public DocumentLocation? Location { get; init; }

    /// <summary>A span for findings that belong to a file as a whole (an empty file, an unreadable one).</summary>
    public static SourceSpan StartOf(string file) => new(file, 1, 1);

    /// <summary>A span named by a place in a file without lines (see <see cref="Place"/>).</summary>
    public static SourceSpan At(string file, string place) => new(file, 0, 0) { Place = place };

    public override string ToString() => Place is null ? $"{File}({Line},{Column})" : $"{File}({Place})";
}
