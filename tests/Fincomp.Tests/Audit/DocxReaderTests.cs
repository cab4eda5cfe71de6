using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Fincomp.Audit.Reading;
using Xunit;
using DocParagraph = Fincomp.Document.Paragraph;
using DocTable = Fincomp.Document.Table;
using Heading = Fincomp.Document.Heading;
using HeadingLevel = Fincomp.Document.HeadingLevel;
using TableRow = DocumentFormat.OpenXml.Wordprocessing.TableRow;

namespace Fincomp.Tests.Audit;

/// <summary>The streaming Word reader on what Word itself writes: text split over runs, merged cells, styles, empty parts.</summary>
public sealed class DocxReaderTests
{
    [Fact]
    public void Reads_headings_paragraphs_and_merged_cells_as_word_wrote_them()
    {
        var read = DocxReportReader.Read(new MemoryStream(Word(
            Styled("Heading1", "第一部分 单位概况"),
            new DocumentFormat.OpenXml.Wordprocessing.Paragraph(new Run(new Text("收入合计"), new Text("200万元")), new Run(new TabChar(), new Text("。"))),
            new DocumentFormat.OpenXml.Wordprocessing.Paragraph(),
            new DocumentFormat.OpenXml.Wordprocessing.Paragraph(new Run(new Text("收入决算表"))),
            new DocumentFormat.OpenXml.Wordprocessing.Table(
                Row(Cell("项目", merge: MergedCellValues.Restart), Cell("决算数", span: 2)),
                Row(Cell(string.Empty, merge: MergedCellValues.Continue), Cell("上年"), Cell("本年")),
                Row(Cell("合计"), Cell("1.00"), Cell("2.00"))),
            new DocumentFormat.OpenXml.Wordprocessing.Table())));

        Assert.Collection(
            read.Blocks,
            b => Assert.Equal(new Heading(HeadingLevel.Part, "第一部分 单位概况"), b),
            b => Assert.Equal("收入合计200万元。", Assert.IsType<DocParagraph>(b).Text),
            b =>
            {
                var table = Assert.IsType<DocTable>(b);
                Assert.Equal("收入决算表", table.Title);
                Assert.Equal(2, table.HeaderRows);
                Assert.Equal([("项目", 1, 2), ("决算数", 2, 1)], table.Rows[0].Cells.Select(c => (c.Text, c.ColumnSpan, c.RowSpan)));
                Assert.Equal(["上年", "本年"], table.Rows[1].Cells.Select(c => c.Text));
                Assert.Equal(["合计", "1.00", "2.00"], table.Rows[2].Cells.Select(c => c.Text));
            },
            b => Assert.Empty(Assert.IsType<DocTable>(b).Rows));
    }

    [Fact]
    public void A_zip_without_a_word_document_is_invalid_data()
    {
        using var stream = new MemoryStream();
        using (var zip = new System.IO.Compression.ZipArchive(stream, System.IO.Compression.ZipArchiveMode.Create, leaveOpen: true))
        {
            zip.CreateEntry("readme.txt");
        }

        stream.Position = 0;
        Assert.Throws<UnreadableDocumentException>(() => DocxReportReader.Read(stream));
    }

    [Theory]
    [InlineData(true, true)]
    [InlineData(true, false)]
    [InlineData(false, true)]
    public void A_table_split_in_two_word_tables_is_read_as_one(bool repeatedHeader, bool pageBreak)
    {
        var second = new DocumentFormat.OpenXml.Wordprocessing.Table(Row(Cell("支出"), Cell("3.00")), Row(Cell("合计"), Cell("4.00")));
        if (repeatedHeader)
        {
            second.PrependChild(Row(Cell("项目"), Cell("决算数")));
        }

        var between = pageBreak ? new OpenXmlElement[] { new DocumentFormat.OpenXml.Wordprocessing.Paragraph(new Run(new Break { Type = BreakValues.Page })) } : [];
        var read = DocxReportReader.Read(new MemoryStream(Word(
            [
                new DocumentFormat.OpenXml.Wordprocessing.Paragraph(new Run(new Text("收入支出决算总表"))),
                new DocumentFormat.OpenXml.Wordprocessing.Table(Row(Cell("项目"), Cell("决算数")), Row(Cell("收入"), Cell("1.00"))),
                .. between,
                second,
                new DocumentFormat.OpenXml.Wordprocessing.Paragraph(new Run(new Text("收入决算表"))),
                new DocumentFormat.OpenXml.Wordprocessing.Table(Row(Cell("项目"), Cell("决算数")), Row(Cell("合计"), Cell("5.00"))),
                new DocumentFormat.OpenXml.Wordprocessing.Table(Row(Cell("项目"), Cell("上年"), Cell("本年")), Row(Cell("合计"), Cell("5.00"), Cell("6.00"))),
            ])));

        var tables = read.Blocks.OfType<DocTable>().ToList();
        Assert.Equal(["收入支出决算总表", "收入决算表", null], tables.Select(t => t.Title));
        Assert.Equal(["项目", "收入", "支出", "合计"], tables[0].Rows.Select(r => r.Cells[0].Text));
        Assert.Equal(1, tables[0].HeaderRows);
        Assert.Equal(2, tables[1].Rows.Count);
    }

    [Theory]
    [InlineData("none", 2)]
    [InlineData("empty paragraph", 2)]
    [InlineData("section break", 1)]
    [InlineData("page break before", 1)]
    public void Two_tables_side_by_side_stay_two_unless_a_page_or_section_break_parts_them(string between, int tables)
    {
        OpenXmlElement[] parting = between switch
        {
            "empty paragraph" => [new DocumentFormat.OpenXml.Wordprocessing.Paragraph()],
            "section break" => [new DocumentFormat.OpenXml.Wordprocessing.Paragraph(new ParagraphProperties(new SectionProperties()))],
            "page break before" => [new DocumentFormat.OpenXml.Wordprocessing.Paragraph(new ParagraphProperties(new PageBreakBefore()))],
            _ => [],
        };
        var read = DocxReportReader.Read(new MemoryStream(Word(
            [
                new DocumentFormat.OpenXml.Wordprocessing.Table(Row(Cell("单位名称"), Cell("人数")), Row(Cell("某某局"), Cell("12"))),
                .. parting,
                new DocumentFormat.OpenXml.Wordprocessing.Table(Row(Cell("项目名称"), Cell("金额")), Row(Cell("执法装备"), Cell("3.00"))),
            ])));

        var found = read.Blocks.OfType<DocTable>().ToList();
        Assert.Equal(tables, found.Count);
        Assert.Equal(tables == 2 ? 2 : 4, found[0].Rows.Count);
    }

    [Fact]
    public void A_grid_column_too_narrow_to_see_is_not_counted()
    {
        // As LibreOffice saves a two-sided table whose halves' edges differ by a twentieth of a point.
        var table = new DocumentFormat.OpenXml.Wordprocessing.Table(
            new TableGrid(new GridColumn { Width = "3015" }, new GridColumn { Width = "1406" }, new GridColumn { Width = "1" }, new GridColumn { Width = "3014" }, new GridColumn { Width = "1408" }),
            Row(Cell("收入", span: 2), Cell("支出", span: 3)),
            Row(Cell("项目"), Cell("决算数", span: 2), Cell("项目"), Cell("决算数")),
            Row(Cell("合计"), Cell("1.00", span: 2), Cell("合计"), Cell("1.00")));

        var read = Assert.IsType<DocTable>(Assert.Single(DocxReportReader.Read(new MemoryStream(Word(table))).Blocks));

        Assert.Equal([2, 2], read.Rows[0].Cells.Select(c => c.ColumnSpan));
        Assert.Equal([1, 1, 1, 1], read.Rows[1].Cells.Select(c => c.ColumnSpan));
        Assert.Equal([1, 1, 1, 1], read.Rows[2].Cells.Select(c => c.ColumnSpan));
    }

    [Fact]
    public void A_table_without_a_title_is_named_by_its_place_among_the_tables()
    {
        Assert.Equal("第3张表（无表题）第19行第4列", new Fincomp.Diagnostics.DocumentLocation { Table = string.Empty, TableNumber = 3, Row = 19, Column = 4 }.Text);
        Assert.Equal("表“收入决算表”第19行第4列", new Fincomp.Diagnostics.DocumentLocation { Table = "收入决算表", TableNumber = 3, Row = 19, Column = 4 }.Text);
    }

    private static byte[] Word(params OpenXmlElement[] body)
    {
        using var stream = new MemoryStream();
        using (var package = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            package.AddMainDocumentPart().Document = new DocumentFormat.OpenXml.Wordprocessing.Document(new Body(body));
        }

        return stream.ToArray();
    }

    private static DocumentFormat.OpenXml.Wordprocessing.Paragraph Styled(string style, string text) =>
        new(new ParagraphProperties(new ParagraphStyleId { Val = style }), new Run(new Text(text) { Space = SpaceProcessingModeValues.Preserve }));

    private static TableRow Row(params DocumentFormat.OpenXml.Wordprocessing.TableCell[] cells) => new(cells);

    private static DocumentFormat.OpenXml.Wordprocessing.TableCell Cell(string text, int span = 1, MergedCellValues? merge = null)
    {
        var properties = new TableCellProperties();
        if (span > 1)
        {
            properties.Append(new GridSpan { Val = span });
        }

        if (merge is { } value)
        {
            properties.Append(new VerticalMerge { Val = value });
        }

        return new DocumentFormat.OpenXml.Wordprocessing.TableCell(properties, new DocumentFormat.OpenXml.Wordprocessing.Paragraph(new Run(new Text(text))));
    }
}
