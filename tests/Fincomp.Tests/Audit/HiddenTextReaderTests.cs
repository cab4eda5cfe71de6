using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Fincomp.Audit.Reading;
using Xunit;
using DocParagraph = Fincomp.Document.Paragraph;

namespace Fincomp.Tests.Audit;

/// <summary>
/// The Word reader reads what is printed: runs hidden by their own properties, by their character, paragraph or table
/// style or by the document defaults, and the deleted text of tracked changes, are not.
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

    [Fact]
    public void Text_the_document_defaults_hide_is_not_read_unless_a_run_shows_it()
    {
        var blocks = ReadXml(
            "<w:p><w:r><w:t>旧稿：收入合计300万元。</w:t></w:r></w:p>"
            + "<w:p><w:r><w:t>旧稿</w:t></w:r><w:r><w:rPr><w:vanish w:val=\"0\"/></w:rPr><w:t>收入合计200万元。</w:t></w:r></w:p>",
            "<w:docDefaults><w:rPrDefault><w:rPr><w:vanish/></w:rPr></w:rPrDefault></w:docDefaults>");

        Assert.Equal(["收入合计200万元。"], blocks.OfType<DocParagraph>().Select(p => p.Text));
    }

    [Fact]
    public void Defaults_that_show_text_hide_nothing()
    {
        var blocks = ReadXml(
            "<w:p><w:r><w:t>收入合计200万元。</w:t></w:r></w:p>",
            "<w:docDefaults><w:rPrDefault><w:rPr><w:vanish w:val=\"0\"/></w:rPr></w:rPrDefault></w:docDefaults>");

        Assert.Equal(["收入合计200万元。"], blocks.OfType<DocParagraph>().Select(p => p.Text));
    }

    [Theory]
    [InlineData("w:firstRow=\"1\"", "firstRow", "旧稿|0.00;项目|决算数;收入|1.00;合计|1.00", "|;项目|决算数;收入|1.00;合计|1.00")]
    [InlineData("w:val=\"0020\"", "firstRow", "旧稿|0.00;项目|决算数;收入|1.00;合计|1.00", "|;项目|决算数;收入|1.00;合计|1.00")]
    [InlineData("w:firstRow=\"0\"", "firstRow", "旧稿|0.00;项目|决算数;收入|1.00;合计|1.00", "旧稿|0.00;项目|决算数;收入|1.00;合计|1.00")]
    [InlineData("w:lastRow=\"1\"", "lastRow", "项目|决算数;收入|1.00;合计|1.00;旧稿|0.00", "项目|决算数;收入|1.00;合计|1.00;|")]
    [InlineData("w:lastColumn=\"1\"", "lastCol", "项目|决算数|旧稿;收入|1.00|0.00", "项目|决算数|;收入|1.00|")]
    public void Cells_a_table_styles_conditional_format_hides_are_not_read(string look, string hiding, string rows, string expected)
    {
        // A row whose text is hidden still prints, empty: its cells are read without the hidden text.
        var table = $"<w:tbl><w:tblPr><w:tblStyle w:val=\"Draft\"/><w:tblLook {look}/></w:tblPr>"
            + string.Concat(rows.Split(';').Select(r => Row(r.Split('|'))))
            + "</w:tbl>";
        var style = $"<w:style w:type=\"table\" w:styleId=\"Draft\"><w:name w:val=\"Draft\"/><w:tblStylePr w:type=\"{hiding}\"><w:rPr><w:vanish/></w:rPr></w:tblStylePr></w:style>";

        var read = Assert.Single(ReadXml(table, style).OfType<Fincomp.Document.Table>());

        Assert.Equal(expected, string.Join(";", read.Rows.Select(r => string.Join("|", r.Cells.Select(c => c.Text)))));
    }

    [Fact]
    public void A_table_style_that_hides_the_whole_table_hides_its_cells_but_not_a_run_shown_by_its_own_properties()
    {
        var table = "<w:tbl><w:tblPr><w:tblStyle w:val=\"Gone\"/></w:tblPr>"
            + Row("旧稿", "0.00")
            + "<w:tr><w:tc><w:p><w:r><w:rPr><w:vanish w:val=\"0\"/></w:rPr><w:t>合计</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>9.00</w:t></w:r></w:p></w:tc></w:tr></w:tbl>";

        var read = Assert.Single(ReadXml(table, "<w:style w:type=\"table\" w:styleId=\"Gone\"><w:name w:val=\"Gone\"/><w:rPr><w:vanish/></w:rPr></w:style>").OfType<Fincomp.Document.Table>());

        Assert.Equal("|;合计|", string.Join(";", read.Rows.Select(r => string.Join("|", r.Cells.Select(c => c.Text)))));
    }

    private static string Row(params string[] cells) =>
        "<w:tr>" + string.Concat(cells.Select(c => $"<w:tc><w:p><w:r><w:t>{c}</w:t></w:r></w:p></w:tc>")) + "</w:tr>";

    /// <summary>The blocks read from a document whose body and styles part hold the given Word XML.</summary>
    private static IReadOnlyList<Fincomp.Document.Block> ReadXml(string body, string styles)
    {
        const string Namespace = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"";
        using var stream = new MemoryStream();
        using (var package = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = package.AddMainDocumentPart();
            main.Document = new DocumentFormat.OpenXml.Wordprocessing.Document($"<w:document {Namespace}><w:body>{body}</w:body></w:document>");
            main.AddNewPart<StyleDefinitionsPart>().Styles = new Styles($"<w:styles {Namespace}>{styles}</w:styles>");
        }

        stream.Position = 0;
        return DocxReportReader.Read(stream).Blocks;
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
