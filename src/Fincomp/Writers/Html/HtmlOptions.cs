namespace Fincomp.Writers.Html;

/// <summary>How the web page is written.</summary>
internal sealed record HtmlOptions
{
    /// <summary>
    /// Whether a table of contents (links to the Part and Section headings) opens the page. On by default because a
    /// long disclosure on a government website is read by jumping to one section; it is hidden when printing, as the
    /// Word document has none.
    /// </summary>
    public bool IncludeContents { get; init; } = true;
}
