namespace Fincomp.Writers.Html;

/// <summary>
/// A page break: an empty marker the print stylesheet breaks the page after (before each part, as in the Word
/// document); on screen it is only a thin rule.
/// </summary>
internal static class PageBreakHtml
{
    public static void Write(HtmlOutput output) => output.Line("<div class=\"page-break\" role=\"separator\"></div>");
}
