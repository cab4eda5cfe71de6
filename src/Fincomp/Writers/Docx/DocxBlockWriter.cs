using DocumentFormat.OpenXml.Wordprocessing;
using Fincomp.Document;

namespace Fincomp.Writers.Docx;

/// <summary>
/// The Word elements of each kind of block, added in document order to the body. <paramref name="front"/> is the
/// front matter's section (cover and contents, unnumbered) and <paramref name="body"/> the numbered body's, which
/// restarts at page 1 where the template marks the body's start.
/// </summary>
internal sealed class DocxBlockWriter(
    BodyBuilder builder,
    WriteContext context,
    IReadOnlyList<Block> blocks,
    SectionProperties front,
    SectionProperties body,
    IReadOnlyList<string>? contentsPages) : IBlockVisitor
{
    public void Visit(Heading heading) => builder.Add(HeadingWriter.Write(heading, context));

    public void Visit(Document.Paragraph paragraph) => builder.Add(ParagraphWriter.Write(paragraph));

    public void Visit(Document.Table table) => builder.Add(TableWriter.Write(table, context));

    public void Visit(Figure figure) => builder.Add(FigureWriter.Write(figure, context));

    public void Visit(PageBreak pageBreak) => builder.PageBreak();

    public void Visit(BodyStart bodyStart)
    {
        builder.SectionBreak(Sections.FrontMatter(front));
        Sections.NumberFromOne(body);
    }

    public void Visit(Contents contents) => builder.Add(ContentsWriter.Write(ContentsEntries.Of(blocks), contentsPages));
}
