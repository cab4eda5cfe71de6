namespace Fincomp.Document;

/// <summary>
/// A block of the report, independent of any output format: the narrative produces these, and every writer (Word,
/// HTML, the golden text projection) renders the same tree.
/// </summary>
public abstract record Block
{
    /// <summary>
    /// The template that printed this block (a built-in key such as <c>templates/02-02-income.scriban</c>, or the path of a
    /// bureau's override), so that a figure the self-audit rejects names the template to fix; null when the block was
    /// read from a finished document rather than compiled.
    /// </summary>
    public string? Template { get; init; }
}
