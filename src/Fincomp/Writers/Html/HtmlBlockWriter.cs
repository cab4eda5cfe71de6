using Fincomp.Document;

namespace Fincomp.Writers.Html;

/// <summary>The HTML of each kind of block, written in document order into one page.</summary>
internal sealed class HtmlBlockWriter(HtmlOutput html, IReadOnlyList<Block> blocks, bool includeContents) : IBlockVisitor
{
    private int _headings;

    public void Visit(Heading heading) => HeadingHtml.Write(heading, HeadingIds.For(_headings++), html);

    public void Visit(Document.Paragraph paragraph) => ParagraphHtml.Write(paragraph, html);

    public void Visit(Table table) => TableHtml.Write(table, html);

    public void Visit(Figure figure) => FigureHtml.Write(figure, html);

    public void Visit(PageBreak pageBreak) => PageBreakHtml.Write(html);

    /// <summary>The numbered body starts on a new printed page, as it starts a new section in Word.</summary>
    public void Visit(BodyStart bodyStart) => PageBreakHtml.Write(html);

    public void Visit(Contents contents)
    {
        if (includeContents)
        {
            ContentsHtml.Write(blocks, html);
        }
    }
}
