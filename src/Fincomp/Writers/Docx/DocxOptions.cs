namespace Fincomp.Writers.Docx;

/// <summary>How the Word file is written.</summary>
internal sealed record DocxOptions
{
    /// <summary>
    /// A .docx whose styles (and settings, theme, numbering, page margins) the output takes over, as pandoc's
    /// --reference-doc does, so an office can restyle the report without touching fincomp. Null uses
    /// <see cref="ReferenceDocument.CreateDefault"/>.
    /// </summary>
    public string? ReferenceDocPath { get; init; }

    /// <summary>
    /// The page number of each contents entry, in order (<see cref="ContentsPageNumbers.Match"/>), written as the
    /// contents' field results; null leaves them for Word to fill when it opens the file.
    /// </summary>
    public IReadOnlyList<string>? ContentsPageNumbers { get; init; }
}
