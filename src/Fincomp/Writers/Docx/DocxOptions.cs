namespace Fincomp.Writers.Docx;

/// <summary>How the Word file is written.</summary>
public sealed record DocxOptions
{
    /// <summary>
    /// A .docx whose styles (and settings, theme, numbering, page margins) the output takes over, as pandoc's
    /// --reference-doc does, so an office can restyle the report without touching fincomp. Null uses
    /// <see cref="ReferenceDocument.CreateDefault"/>.
    /// </summary>
    public string? ReferenceDocPath { get; init; }
}
