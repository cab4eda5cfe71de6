namespace Fincomp.Narrative;

/// <summary>The stable codes of template and build diagnostics (FC09xx). Never renumber.</summary>
public static class NarrativeCodes
{
    /// <summary>A template does not parse.</summary>
    public const string TemplateSyntax = "FC0901";

    /// <summary>A template fails while rendering: unknown variable or member, loop or output limit, a failing function.</summary>
    public const string TemplateRuntime = "FC0902";

    /// <summary>A template named by the report or an include exists neither in the override folder nor built in.</summary>
    public const string TemplateNotFound = "FC0903";

    /// <summary>An include names a path outside the template folders (rooted, or with "..").</summary>
    public const string TemplatePathRejected = "FC0904";

    /// <summary>A "::: …" line the document builder does not know, or one naming a table or form that does not exist.</summary>
    public const string UnknownDirective = "FC0905";

    /// <summary>The output file could not be written.</summary>
    public const string OutputFailed = "FC0910";

    /// <summary>The reference document (--reference-doc) is not a usable Word file: checked before any report is written.</summary>
    public const string ReferenceDocumentUnusable = "FC0911";

    /// <summary>The chart font (--chart-font) is missing or not a font.</summary>
    public const string ChartFontUnusable = "FC0912";

    /// <summary>A PDF was written, but official fonts its styles name are not installed: fallbacks stand in for them.</summary>
    public const string PdfFontsMissing = "FC0913";

    /// <summary>--toc-pages was asked for, but the contents' page numbers could not be taken from LibreOffice: the Word file leaves them to Word.</summary>
    public const string ContentsPagesMissing = "FC0914";

    /// <summary>The chart font (--chart-font) lacks glyphs for Chinese text the charts print.</summary>
    public const string ChartFontLacksChinese = "FC0915";
}
