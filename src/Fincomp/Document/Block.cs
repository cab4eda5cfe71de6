namespace Fincomp.Document;

/// <summary>
/// A block of the report, independent of any output format: the narrative produces these, and every writer (Word,
/// HTML, the golden text projection) renders the same tree.
/// </summary>
public abstract record Block;
