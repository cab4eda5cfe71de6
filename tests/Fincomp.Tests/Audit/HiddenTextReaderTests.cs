using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Fincomp.Audit.Reading;
using Xunit;
using DocParagraph = Fincomp.Document.Paragraph;

namespace Fincomp.Tests.Audit;

/// <summary>
/// The Word reader reads what is printed: runs hidden by their own properties or by their character or paragraph style,
/// and the deleted text of tracked changes, are not.
/// </summary>
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

    [Fact]
    public void A_run_whose_character_style_is_hidden_is_left_out_unless_the_run_shows_it()
    {
        var read = Read(
            new Paragraph(
                new Run(new Text("支出合计200万元")),
                new Run(new RunProperties(new RunStyle { Val = "Draft" }), new Text("，旧稿为300万元")),
                new Run(new RunProperties(new RunStyle { Val = "DraftNote" }), new Text("，草稿注")),
                new Run(new RunProperties(new RunStyle { Val = "Draft" }, new Vanish { Val = false }), new Text("，其中")),
                new Run(new RunProperties(new RunStyle { Val = "Plain" }), new Text("人员经费100万元。"))),
            CharacterStyle("Draft", null, hidden: true),
            CharacterStyle("DraftNote", "Draft", hidden: null),
            CharacterStyle("Plain", null, hidden: null));

        Assert.Equal("支出合计200万元，其中人员经费100万元。", read);
    }

    [Fact]
    public void A_paragraph_whose_style_is_hidden_is_not_read_but_a_run_styled_visible_in_it_is()
    {
        var hidden = Read(
            new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = "HiddenNote" }), new Run(new Text("旧稿：收入合计300万元。"))),
            ParagraphStyle("HiddenNote", hidden: true));
        var shown = ReadAll(
            new Paragraph(
                new ParagraphProperties(new ParagraphStyleId { Val = "HiddenNote" }),
                new Run(new Text("旧稿")),
                new Run(new RunProperties(new RunStyle { Val = "Shown" }), new Text("收入合计200万元。"))),
            ParagraphStyle("HiddenNote", hidden: true),
            CharacterStyle("Shown", null, hidden: false));

        Assert.Null(hidden);
        Assert.Equal("收入合计200万元。", shown);
    }

    private static string Read(Paragraph paragraph) => ReadAll(paragraph)!;

    private static string? Read(Paragraph paragraph, params Style[] styles) => ReadAll(paragraph, styles);

    /// <summary>The one paragraph read from a document of <paramref name="paragraph"/> and <paramref name="styles"/>, null when nothing of it is read.</summary>
    private static string? ReadAll(Paragraph paragraph, params Style[] styles)
    {
        using var stream = new MemoryStream();
        using (var package = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = package.AddMainDocumentPart();
            main.Document = new DocumentFormat.OpenXml.Wordprocessing.Document(new Body(new OpenXmlElement[] { paragraph }));
            if (styles.Length > 0)
            {
                main.AddNewPart<StyleDefinitionsPart>().Styles = new Styles(styles);
            }
        }

        stream.Position = 0;
        var blocks = DocxReportReader.Read(stream).Blocks;
        return blocks.Count == 0 ? null : Assert.IsType<DocParagraph>(Assert.Single(blocks)).Text;
    }

    private static Style CharacterStyle(string id, string? basedOn, bool? hidden)
    {
        var style = new Style { Type = StyleValues.Character, StyleId = id };
        style.Append(new StyleName { Val = id });
        if (basedOn is not null)
        {
            style.Append(new BasedOn { Val = basedOn });
        }

        if (hidden is { } value)
        {
            style.Append(new StyleRunProperties(new Vanish { Val = value }));
        }

        return style;
    }

    private static Style ParagraphStyle(string id, bool hidden)
    {
        var style = new Style { Type = StyleValues.Paragraph, StyleId = id };
        style.Append(new StyleName { Val = id });
        style.Append(new StyleRunProperties(new Vanish { Val = hidden }));
        return style;
    }
}
