using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Fincomp.Audit.Reading;
using Xunit;
using DocParagraph = Fincomp.Document.Paragraph;

namespace Fincomp.Tests.Audit;

/// <summary>The Word reader reads what is printed: hidden runs and the deleted text of tracked changes are not.</summary>
public sealed class HiddenTextReaderTests
{
    [Fact]
    public void A_hidden_run_is_left_out_and_a_visible_one_after_it_is_read()
    {
        var read = Read(new Paragraph(
            new Run(new Text("支出合计200万元")),
            new Run(new RunProperties(new Vanish()), new Text("，旧稿为300万元")),
            new Run(new RunProperties(new Vanish { Val = false }), new Text("，其中")),
            new Run(new Text("人员经费100万元。"))));

        Assert.Equal("支出合计200万元，其中人员经费100万元。", read);
    }

    [Fact]
    public void Deleted_text_of_a_tracked_change_is_left_out_and_inserted_text_read()
    {
        var read = Read(new Paragraph(
            new Run(new Text("支出合计")),
            new DeletedRun(new Run(new DeletedText("300"))) { Id = "1", Author = "审核" },
            new InsertedRun(new Run(new Text("200"))) { Id = "2", Author = "审核" },
            new Run(new Text("万元。"))));

        Assert.Equal("支出合计200万元。", read);
    }

    [Fact]
    public void A_hidden_paragraph_mark_does_not_hide_the_paragraphs_text()
    {
        var read = Read(new Paragraph(
            new ParagraphProperties(new ParagraphMarkRunProperties(new Vanish())),
            new Run(new Text("收入合计200万元。"))));

        Assert.Equal("收入合计200万元。", read);
    }

    private static string Read(Paragraph paragraph)
    {
        using var stream = new MemoryStream();
        using (var package = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            package.AddMainDocumentPart().Document = new DocumentFormat.OpenXml.Wordprocessing.Document(new Body(new OpenXmlElement[] { paragraph }));
        }

        stream.Position = 0;
        return Assert.IsType<DocParagraph>(Assert.Single(DocxReportReader.Read(stream).Blocks)).Text;
    }
}
