namespace Fincomp.Compilation;

/// <summary>How a report is compiled; every option has a default that works for an installed tool.</summary>
internal sealed record CompileOptions
{
    /// <summary>A folder whose templates replace the built-in ones of the same file name (<c>--templates</c>).</summary>
    public string? TemplateDirectory { get; init; }

    /// <summary>The font charts are drawn with (<c>--chart-font</c>); null uses the shipped CJK font.</summary>
    public string? ChartFontFile { get; init; }

    /// <summary>A Word file whose styles, page setup and numbering the output takes over (<c>--reference-doc</c>).</summary>
    public string? ReferenceDocument { get; init; }

    /// <summary>
    /// Write the contents' page numbers into the Word file, taken from a LibreOffice layout of it (<c>--toc-pages</c>),
    /// so readers that do not update fields show them; without it Word fills them when it opens the file.
    /// </summary>
    public bool ContentsPageNumbers { get; init; }
}
