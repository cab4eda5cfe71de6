using DocumentFormat.OpenXml.Wordprocessing;
using Fincomp.Document;

namespace Fincomp.Writers.Docx;

/// <summary>
/// The Word elements of each kind of block, added in document order to the body. <paramref name="front"/> is the
/// front matter's section (cover and contents, unnumbered) and <paramref name="body"/> the numbered body's, which
/// restarts at page 1 where the template marks the body's start. A body paragraph directly before a table is the line
/// that introduces it (附表：部门整体支出绩效自评表), so it is kept with the table's title, which the title, unit line
/// and the form's head keep with the rows below: the line never stays alone at the foot of a page. A table's note is
/// kept with the table.
/// </summary>
internal sealed class DocxBlockWriter(
    BodyBuilder builder,
    WriteContext context,
    IReadOnlyList<(Heading Heading, int Level, string Bookmark)> entries,
    SectionProperties front,
    SectionProperties body,
    IReadOnlyList<string>? contentsPages) : IBlockVisitor
{
    private Block? _previous;

    public void Visit(Heading heading) => Add(heading, HeadingWriter.Write(heading, context));

    public void Visit(Document.Paragraph paragraph)
    {
        // A table's note (注：本表反映…) is kept with the table's last row, so it never opens a page alone. A note after
        // a paragraph or a figure (（注：数据来源于…）) is left free: tying the text above to it moves the text, and the
        // chart after it, on to the next page and leaves a gap larger than a lone note.
        if (paragraph.Style == ParagraphStyle.Note && _previous is Document.Table)
        {
            builder.KeepLastWithNext();
        }

        Add(paragraph, ParagraphWriter.Write(paragraph));
    }

    public void Visit(Document.Table table)
    {
        if (_previous is Document.Paragraph { Style: ParagraphStyle.Body })
        {
            builder.KeepLastWithNext();
        }

        Add(table, TableWriter.Write(table, context));
    }

    public void Visit(Figure figure) => Add(figure, FigureWriter.Write(figure, context));

    public void Visit(PageBreak pageBreak)
    {
        _previous = pageBreak;
        builder.PageBreak();
    }

    public void Visit(BodyStart bodyStart)
    {
        _previous = bodyStart;
        builder.SectionBreak(Sections.FrontMatter(front));
        Sections.NumberFromOne(body);
    }

    public void Visit(Contents contents) => Add(contents, ContentsWriter.Write(entries, contentsPages));

    private void Add(Block block, IEnumerable<DocumentFormat.OpenXml.OpenXmlElement> elements)
    {
        _previous = block;
        builder.Add(elements);
    }
}
