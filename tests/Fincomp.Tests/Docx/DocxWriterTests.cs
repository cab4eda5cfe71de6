using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Xunit;

namespace Fincomp.Tests.Docx;

/// <summary>The Word writer on a document with every block kind: valid, deterministic, and with Word's structures.</summary>
public sealed class DocxWriterTests
{
    private static readonly Lazy<byte[]> Written = new(() => SampleDocuments.Write(SampleDocuments.EveryBlockKind()));

    private static WordprocessingDocument Open(byte[] bytes) => WordprocessingDocument.Open(new MemoryStream(bytes), false);

    [Fact]
    public void Output_passes_the_Office_2019_validator()
    {
        using var document = Open(Written.Value);
        OfficeValidation.AssertValid(document);
    }

    [Fact]
    public void Writing_twice_gives_identical_bytes()
    {
        var again = SampleDocuments.Write(SampleDocuments.EveryBlockKind());
        Assert.Equal(Written.Value, again);
    }

    [Fact]
    public void Headings_use_the_built_in_heading_styles_with_outline_levels()
    {
        using var document = Open(Written.Value);
        var used = document.MainDocumentPart!.Document.Body!.Descendants<ParagraphStyleId>().Select(s => s.Val!.Value!).ToHashSet();
        Assert.All(["Title", "Heading1", "Heading2", "Heading3", "Heading4", "BodyText", "Note", "Caption"], id => Assert.Contains(id, used));
        var styles = document.MainDocumentPart.StyleDefinitionsPart!.Styles!.Elements<Style>().ToDictionary(s => s.StyleId!.Value!);
        for (var level = 1; level <= 4; level++)
        {
            var style = styles[$"Heading{level}"];
            Assert.Equal($"heading {level}", style.StyleName!.Val!.Value);
            Assert.Equal(level - 1, style.StyleParagraphProperties!.OutlineLevel!.Val!.Value);
        }
    }

    [Fact]
    public void Body_style_is_fangsong_16pt_with_two_character_indent_and_fixed_line()
    {
        using var document = Open(Written.Value);
        var body = document.MainDocumentPart!.StyleDefinitionsPart!.Styles!.Elements<Style>().Single(s => s.StyleId == "BodyText");
        Assert.Equal(200, body.StyleParagraphProperties!.Indentation!.FirstLineChars!.Value);
        Assert.Equal("560", body.StyleParagraphProperties.SpacingBetweenLines!.Line!.Value);
        Assert.Equal(LineSpacingRuleValues.Exact, body.StyleParagraphProperties.SpacingBetweenLines.LineRule!.Value);
        Assert.Equal("仿宋_GB2312", body.StyleRunProperties!.RunFonts!.EastAsia!.Value);
        Assert.Equal("32", body.StyleRunProperties.FontSize!.Val!.Value);
    }

    [Fact]
    public void Runs_carry_no_fonts_or_sizes_only_bold()
    {
        using var document = Open(Written.Value);
        var main = document.MainDocumentPart!;
        var runs = main.Document.Body!.Descendants<Run>().Concat(main.FooterParts.SelectMany(f => f.Footer!.Descendants<Run>())).ToList();
        Assert.NotEmpty(runs);
        Assert.All(runs, run =>
        {
            Assert.Null(run.RunProperties?.RunFonts);
            Assert.Null(run.RunProperties?.FontSize);
        });
        Assert.Contains(runs, run => run.RunProperties?.Bold is not null && run.InnerText == "837.44万元");
        Assert.DoesNotContain("w:rFonts", main.Document.Body.OuterXml, StringComparison.Ordinal);
    }

    [Fact]
    public void Styles_carry_the_fonts_of_every_kind_of_text()
    {
        using var document = Open(Written.Value);
        var styles = document.MainDocumentPart!.StyleDefinitionsPart!.Styles!.Elements<Style>().ToDictionary(s => s.StyleId!.Value!);
        var expected = new Dictionary<string, (string Font, string Size)>
        {
            ["Title"] = ("方正小标宋简体", "44"),
            ["Heading1"] = ("黑体", "32"),
            ["Heading2"] = ("黑体", "32"),
            ["Heading3"] = ("楷体_GB2312", "32"),
            ["Heading4"] = ("仿宋_GB2312", "32"),
            ["BodyText"] = ("仿宋_GB2312", "32"),
            ["Note"] = ("仿宋_GB2312", "24"),
            ["Caption"] = ("黑体", "28"),
            ["TableText"] = ("宋体", "18"),
            ["TableGrid"] = ("宋体", "18"),
            ["Footer"] = ("宋体", "28"),
        };
        Assert.All(expected, pair =>
        {
            var run = styles[pair.Key].StyleRunProperties!;
            Assert.Equal(pair.Value.Font, run.RunFonts!.EastAsia!.Value);
            Assert.Equal("Times New Roman", run.RunFonts.Ascii!.Value);
            Assert.Equal("Times New Roman", run.RunFonts.HighAnsi!.Value);
            Assert.Equal(pair.Value.Size, run.FontSize!.Val!.Value);
        });
        var cellStyles = document.MainDocumentPart.Document.Body!.Descendants<TableCell>()
            .SelectMany(c => c.Elements<Paragraph>()).Select(p => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value).Distinct();
        Assert.Equal(["TableText"], cellStyles);
    }

    [Fact]
    public void Tables_repeat_header_rows_and_merge_cells()
    {
        using var document = Open(Written.Value);
        var tables = document.MainDocumentPart!.Document.Body!.Elements<Table>().ToList();
        Assert.Equal(11, tables.Count);
        var table1Rows = tables[0].Elements<TableRow>().ToList();
        Assert.NotNull(table1Rows[0].TableRowProperties!.GetFirstChild<TableHeader>());
        Assert.NotNull(table1Rows[1].TableRowProperties!.GetFirstChild<TableHeader>());
        Assert.Null(table1Rows[2].TableRowProperties!.GetFirstChild<TableHeader>());
        Assert.Equal(2, table1Rows[0].Elements<TableCell>().First().TableCellProperties!.GridSpan!.Val!.Value);
        Assert.NotNull(tables[0].GetFirstChild<TableProperties>()!.TableBorders);

        var unitForm = tables[9];
        var merges = unitForm.Descendants<VerticalMerge>().ToList();
        Assert.Contains(merges, m => m.Val?.Value == MergedCellValues.Restart);
        Assert.Contains(merges, m => m.Val is null);
        var gridColumns = unitForm.GetFirstChild<TableGrid>()!.Elements<GridColumn>().Count();
        Assert.All(unitForm.Elements<TableRow>(), row =>
            Assert.Equal(gridColumns, row.Elements<TableCell>().Sum(c => c.TableCellProperties?.GridSpan?.Val?.Value ?? 1)));
    }

    [Fact]
    public void Consecutive_tables_are_kept_apart_and_no_table_is_followed_by_an_empty_paragraph_otherwise()
    {
        using var document = Open(Written.Value);
        var elements = document.MainDocumentPart!.Document.Body!.ChildElements.ToList();
        for (var i = 0; i + 1 < elements.Count; i++)
        {
            Assert.False(elements[i] is Table && elements[i + 1] is Table, "two tables touch and would merge");
            if (elements[i] is Table && elements[i + 1] is Paragraph { InnerText.Length: 0 } spacer)
            {
                Assert.True(i + 2 < elements.Count && elements[i + 2] is Table, "an empty paragraph follows a table without another table after it");
            }
        }
    }

    [Fact]
    public void Untitled_tables_in_a_row_get_a_spacer_and_a_break_before_a_table_is_a_break_paragraph()
    {
        var cells = new Fincomp.Document.TableRow([new Fincomp.Document.TableCell("甲"), new Fincomp.Document.TableCell("乙")]);
        var bare = new Fincomp.Document.Table([cells], 0, [1, 1]);
        var bytes = SampleDocuments.Write(new Fincomp.Document.ReportDocument("表", [bare, bare, new Fincomp.Document.PageBreak(), bare]));
        using var document = Open(bytes);
        var kinds = document.MainDocumentPart!.Document.Body!.ChildElements.Select(e => e switch
        {
            Table => "table",
            Paragraph p when p.Descendants<Break>().Any(b => b.Type?.Value == BreakValues.Page) => "break",
            Paragraph => "spacer",
            _ => e.LocalName,
        });
        Assert.Equal(["table", "spacer", "table", "break", "table", "sectPr"], kinds);
    }

    [Fact]
    public void Every_run_is_tagged_simplified_Chinese_and_the_styles_name_East_Asian_fonts()
    {
        using var document = Open(Written.Value);
        var main = document.MainDocumentPart!;
        var runs = main.Document.Body!.Descendants<Run>().Concat(main.FooterParts.SelectMany(f => f.Footer!.Descendants<Run>())).ToList();
        Assert.All(runs, run => Assert.Equal("zh-CN", run.RunProperties?.Languages?.EastAsia?.Value));
        var styles = main.StyleDefinitionsPart!.Styles!;
        Assert.Equal("zh-CN", styles.DocDefaults!.Descendants<Languages>().Single().EastAsia!.Value);
        Assert.All(
            styles.Elements<Style>().Where(s => s.Type?.Value == StyleValues.Paragraph),
            style => Assert.False(string.IsNullOrEmpty(style.StyleRunProperties?.RunFonts?.EastAsia?.Value), style.StyleId));
    }

    [Fact]
    public void Footer_has_a_centred_PAGE_field_between_dashes()
    {
        using var document = Open(Written.Value);
        var footer = document.MainDocumentPart!.FooterParts.Single().Footer!;
        Assert.Contains(" PAGE ", footer.Descendants<FieldCode>().Select(f => f.Text));
        Assert.Equal("— 1 —", footer.InnerText.Replace(" PAGE ", string.Empty, StringComparison.Ordinal));
        Assert.Equal("Footer", footer.Descendants<ParagraphStyleId>().Single().Val!.Value);
        var style = document.MainDocumentPart.StyleDefinitionsPart!.Styles!.Elements<Style>().Single(s => s.StyleId == "Footer");
        Assert.Equal(JustificationValues.Center, style.StyleParagraphProperties!.Justification!.Val!.Value);
        var section = document.MainDocumentPart.Document.Body!.Elements<SectionProperties>().Single();
        Assert.NotNull(section.GetFirstChild<FooterReference>());
    }

    [Fact]
    public void Page_is_A4_with_GB9704_margins()
    {
        using var document = Open(Written.Value);
        var section = document.MainDocumentPart!.Document.Body!.Elements<SectionProperties>().Single();
        var size = section.GetFirstChild<PageSize>()!;
        var margin = section.GetFirstChild<PageMargin>()!;
        Assert.Equal((11906U, 16838U), (size.Width!.Value, size.Height!.Value));
        Assert.Equal(37.0, margin.Top!.Value / 56.6929, 1);
        Assert.Equal(35.0, margin.Bottom!.Value / 56.6929, 1);
        Assert.Equal(28.0, margin.Left!.Value / 56.6929, 1);
        Assert.Equal(26.0, margin.Right!.Value / 56.6929, 1);
    }

    [Fact]
    public void Figures_are_inline_pictures_at_most_15cm_wide_and_7cm_high_with_the_caption_as_alt_text()
    {
        using var document = Open(Written.Value);
        var inline = document.MainDocumentPart!.Document.Body!.Descendants<DocumentFormat.OpenXml.Drawing.Wordprocessing.Inline>().Single();
        // 400 × 240 px at 15 cm would be 9 cm high: it is scaled to 7 cm high, keeping its aspect ratio.
        Assert.Equal(4_200_000L, inline.Extent!.Cx!.Value);
        Assert.Equal(2_520_000L, inline.Extent.Cy!.Value);
        Assert.Equal("图1：收支决算总体情况", inline.DocProperties!.Description!.Value);
        Assert.Equal(1U, inline.DocProperties.Id!.Value);
        Assert.Single(document.MainDocumentPart.ImageParts);
        var captions = document.MainDocumentPart.Document.Body!.Elements<Paragraph>().Where(p => p.InnerText == "图1：收支决算总体情况").ToList();
        Assert.Equal("Caption", Assert.Single(captions).ParagraphProperties!.ParagraphStyleId!.Val!.Value);
    }

    [Fact]
    public void Page_breaks_and_package_properties()
    {
        using var document = Open(Written.Value);
        var body = document.MainDocumentPart!.Document.Body!;
        Assert.DoesNotContain(body.Descendants<Break>(), b => b.Type?.Value == BreakValues.Page);
        var breaksBefore = body.Elements<Paragraph>().Where(p => p.ParagraphProperties?.PageBreakBefore is not null).Select(p => p.InnerText);
        Assert.Equal(["第一部分 单位概况", "第五部分 附表"], breaksBefore);
        Assert.Equal("2023年度部门决算", document.PackageProperties.Title);
        Assert.Null(document.PackageProperties.Created);
        Assert.Null(document.PackageProperties.Modified);
    }
}
