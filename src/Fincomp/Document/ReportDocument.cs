namespace Fincomp.Document;

/// <summary>The whole report as blocks in reading order, with the metadata writers put in the file's properties.</summary>
public sealed record ReportDocument(string Title, IReadOnlyList<Block> Blocks)
{
    /// <summary>The unit's full name, for the file's author/company property.</summary>
    public string? Author { get; init; }
}
