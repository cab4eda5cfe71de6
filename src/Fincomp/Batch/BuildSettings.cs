using Fincomp.Compilation;

namespace Fincomp.Batch;

/// <summary>
/// What the command line asked of a batch build. Paths given here win over the folder manifest's, which win over the
/// defaults (templates and reference document built in, output next to the input).
/// </summary>
public sealed record BuildSettings
{
    public string? OutputDirectory { get; init; }

    public bool Force { get; init; }

    public IReadOnlyList<OutputFormat> Formats { get; init; } = [OutputFormat.Docx];

    public string? TemplateDirectory { get; init; }

    public string? ReferenceDocument { get; init; }

    public string? ChartFontFile { get; init; }

    /// <summary>Write the contents' page numbers from a LibreOffice layout (<c>--toc-pages</c>).</summary>
    public bool ContentsPageNumbers { get; init; }

    /// <summary>The clock that dates leftover temporary files; a parameter so that tests control time.</summary>
    public TimeProvider Clock { get; init; } = TimeProvider.System;
}
