using DocumentFormat.OpenXml.Wordprocessing;

namespace Fincomp.Writers.Docx;

/// <summary>
/// Page breaks before each part and attachment. The break is set on the next paragraph (w:pageBreakBefore) rather
/// than written as a paragraph of its own: a break paragraph that lands on a new page because the previous one is
/// full would leave a blank page. Only when a table follows is the break a paragraph holding a page-break run.
/// </summary>
internal static class PageBreakWriter
{
    public static Paragraph Paragraph() => new(Runs.Style(StyleIds.Normal), Runs.Of(new Break { Type = BreakValues.Page }));

    public static void BreakBefore(Paragraph paragraph)
    {
        var properties = paragraph.ParagraphProperties ??= new ParagraphProperties();
        properties.PageBreakBefore = new PageBreakBefore();
    }
}
