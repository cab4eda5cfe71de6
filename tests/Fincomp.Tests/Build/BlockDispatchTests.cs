using Fincomp.Document;
using Fincomp.Tests.Html;
using Fincomp.Writers.Docx;
using Xunit;

namespace Fincomp.Tests.Build;

/// <summary>
/// Every output meets the blocks through <see cref="Block.Accept"/>: each known kind reaches its own method, and a kind
/// no output knows fails there, with the same message, whichever output meets it.
/// </summary>
public sealed class BlockDispatchTests
{
    [Fact]
    public void Each_kind_reaches_its_own_method()
    {
        Block[] blocks =
        [
            new Heading(HeadingLevel.Title, "某单位"), new Contents(), new BodyStart(), new Paragraph("正文"),
            HtmlDocuments.SpanningTable(), new Figure("fig1", "图1", [], 1, 1), new PageBreak(),
        ];
        var visits = new VisitRecorder();
        foreach (var block in blocks)
        {
            block.Accept(visits);
        }

        Assert.Equal(blocks.Select(b => b.GetType().Name), visits.Kinds);
    }

    [Fact]
    public void An_unknown_kind_fails_in_the_one_dispatch_for_every_output()
    {
        var document = new ReportDocument("x", [new UnknownBlock()]);
        var messages = new[]
        {
            Assert.Throws<NotSupportedException>(() => TextProjection.Project(document)).Message,
            Assert.Throws<NotSupportedException>(() => HtmlDocuments.Write(document)).Message,
            Assert.Throws<NotSupportedException>(() => new DocxWriter(new DocxOptions()).Write(document, new MemoryStream())).Message,
        };
        Assert.Single(messages.Distinct());
        Assert.Contains(nameof(UnknownBlock), messages[0], StringComparison.Ordinal);
    }

    private sealed record UnknownBlock : Block;

    private sealed class VisitRecorder : IBlockVisitor
    {
        public List<string> Kinds { get; } = [];

        public void Visit(Heading heading) => Kinds.Add(nameof(Heading));

        public void Visit(Paragraph paragraph) => Kinds.Add(nameof(Paragraph));

        public void Visit(Table table) => Kinds.Add(nameof(Table));

        public void Visit(Figure figure) => Kinds.Add(nameof(Figure));

        public void Visit(PageBreak pageBreak) => Kinds.Add(nameof(PageBreak));

        public void Visit(Contents contents) => Kinds.Add(nameof(Contents));

        public void Visit(BodyStart bodyStart) => Kinds.Add(nameof(BodyStart));
    }
}
