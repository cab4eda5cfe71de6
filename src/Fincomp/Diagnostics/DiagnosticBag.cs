namespace Fincomp.Diagnostics;

/// <summary>
/// Collects findings instead of throwing them, so one bad field never hides the next. Not thread-safe: each load or
/// check owns its own bag.
/// </summary>
public sealed class DiagnosticBag
{
    private readonly List<Diagnostic> _items = [];

    public IReadOnlyList<Diagnostic> Items => _items;

    public bool HasErrors => _items.Exists(d => d.Severity == Severity.Error);

    public int Count => _items.Count;

    public void Add(Diagnostic diagnostic) => _items.Add(diagnostic);

    public void AddRange(IEnumerable<Diagnostic> diagnostics) => _items.AddRange(diagnostics);

    public void Error(string code, SourceSpan span, string message) =>
        _items.Add(new Diagnostic(code, Severity.Error, message, span));

    /// <summary>The findings in reading order (file, line, column, code), which is how people and golden files want them.</summary>
    public IReadOnlyList<Diagnostic> Sorted() =>
        _items
            .OrderBy(d => d.Span.File, StringComparer.Ordinal)
            .ThenBy(d => d.Span.Line)
            .ThenBy(d => d.Span.Column)
            .ThenBy(d => d.Code, StringComparer.Ordinal)
            .ToList();
}
