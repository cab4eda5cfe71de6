namespace Fincomp.Diagnostics;

/// <summary>
/// Where a value was written: a file and a 1-based line and column. Every model value keeps one so that a rule
/// can point a clerk at the exact place to fix.
/// </summary>
public readonly record struct SourceSpan(string File, int Line, int Column)
{
    /// <summary>A span for findings that belong to a file as a whole (an empty file, an unreadable one).</summary>
    public static SourceSpan StartOf(string file) => new(file, 1, 1);

    public override string ToString() => $"{File}({Line},{Column})";
}
