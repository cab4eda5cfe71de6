using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Fincomp.Tests.Support;
using Xunit;

namespace Fincomp.Tests.Docx;

/// <summary>
/// What an official sees before publishing, read from the sample's Word XML: a cover without page number, a TOC
/// field over the part and section headings, the body numbered from 1, Chinese quotes, and a valid package.
/// </summary>
public sealed class SampleDocxLayoutTests
{
    private static WordprocessingDocument Open() => WordprocessingDocument.Open(new MemoryStream(SampleDocx.Value), false);

    [Fact]
    public void Sample_passes_the_Office_2019_validator()
    {
        using var document = Open();
        OfficeValidation.AssertValid(document);
    }

    [Fact]
    public void Cover_breaks_the_title_after_the_unit_name_and_has_its_own_section_without_page_number()
    {
        using var document = Open();
        var body = document.MainDocumentPart!.Document.Body!;
        var paragraphs = body.Elements<Paragraph>().ToList();
        var title = paragraphs.First(p => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value == "Title");
        var run = title.Elements<Run>().Single();
        Assert.Equal(["四川遂宁高新技术产业园区党群工作部", "2023年度部门决算"], run.Elements<Text>().Select(t => t.Text));
        Assert.Single(run.Elements<Break>());
        Assert.Contains(paragraphs, p => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value == "CoverLine" && p.InnerText == "编制单位：四川遂宁高新技术产业园区党群工作部");

        var sections = body.Descendants<SectionProperties>().ToList();
        Assert.Equal(2, sections.Count);
        var front = sections[0];
        Assert.Empty(front.Elements<FooterReference>());
        Assert.Null(front.GetFirstChild<PageNumberType>());
        var numbered = sections[1];
        Assert.NotEmpty(numbered.Elements<FooterReference>());
        Assert.Equal(1, numbered.GetFirstChild<PageNumberType>()!.Start!.Value);

        // The contents sit in the front section, after the cover, and the first part opens the numbered section.
        var frontEnd = paragraphs.FindIndex(p => p.ParagraphProperties?.SectionProperties is not null);
        var contents = paragraphs.FindIndex(p => p.InnerText == "目录");
        var firstPart = paragraphs.FindIndex(p => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value == "Heading1");
        Assert.True(paragraphs.IndexOf(title) < contents && contents < frontEnd && frontEnd < firstPart);
    }

    [Fact]
    public void Contents_is_a_TOC_field_whose_entries_link_to_every_part_and_section_heading()
    {
        using var document = Open();
        var main = document.MainDocumentPart!;
        var body = main.Document.Body!;
        Assert.Contains(body.Descendants<FieldCode>(), f => f.Text == " TOC \\o \"1-2\" \\h \\z \\u ");
        // Listed: the part and section headings, and the two report titles of the attachments, which carry outline
        // level 2 on the paragraph (\u) because the Title style has none; the cover's title has none and is not listed.
        var headings = body.Elements<Paragraph>()
            .Where(p => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value is "Heading1" or "Heading2"
                || (p.ParagraphProperties?.ParagraphStyleId?.Val?.Value == "ReportTitle" && p.ParagraphProperties.OutlineLevel?.Val?.Value == 1))
            .Select(p => (Text: p.InnerText, Bookmark: p.Elements<BookmarkStart>().Single().Name!.Value!))
            .ToList();
        Assert.Equal(27, headings.Count);
        string[] reports = ["2023年整体支出绩效自评报告", "2023年党建工作经费项目支出绩效自评报告"];
        var attachments = headings.FindIndex(h => h.Text.StartsWith("第四部分", StringComparison.Ordinal));
        var listedReports = headings.Select((h, i) => (h.Text, i)).Where(h => reports.Contains(h.Text)).ToList();
        Assert.Equal(reports, listedReports.Select(h => h.Text));
        Assert.All(listedReports, h => Assert.True(h.i > attachments, $"{h.Text} is listed under 第四部分"));
        var cover = body.Elements<Paragraph>().First(p => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value == "Title");
        Assert.Null(cover.ParagraphProperties!.OutlineLevel);
        Assert.Empty(cover.Elements<BookmarkStart>());
        var entries = body.Descendants<Hyperlink>()
            .Select(h => (Text: string.Concat(h.Descendants<Text>().Select(t => t.Text)), Bookmark: h.Anchor!.Value!))
            .ToList();
        Assert.Equal(headings, entries);
        var reportEntries = body.Descendants<Hyperlink>().Where(h => reports.Any(r => h.InnerText.StartsWith(r, StringComparison.Ordinal))).ToList();
        Assert.Equal(2, reportEntries.Count);
        Assert.All(reportEntries, h => Assert.Equal("TOC2", ((Paragraph)h.Parent!).ParagraphProperties!.ParagraphStyleId!.Val!.Value));
        Assert.All(entries, e => Assert.Contains(body.Descendants<FieldCode>(), f => f.Text == $" PAGEREF {e.Bookmark} \\h "));
        Assert.True(main.DocumentSettingsPart!.Settings!.GetFirstChild<UpdateFieldsOnOpen>()!.Val!.Value);
        var styles = main.StyleDefinitionsPart!.Styles!.Elements<Style>().Select(s => s.StyleId!.Value).ToHashSet();
        Assert.All(["TOC1", "TOC2", "TOCHeading", "CoverLine", "ReportTitle"], id => Assert.Contains(id, styles));
    }

    [Fact]
    public void Form_rows_never_split_and_each_merged_group_is_kept_on_one_page()
    {
        using var document = Open();
        var body = document.MainDocumentPart!.Document.Body!;
        var title = body.Elements<Paragraph>().First(p => p.InnerText == "部门整体支出绩效目标自评表（2023年度）");
        var form = title.ElementsAfter().OfType<Table>().First();
        var rows = form.Elements<TableRow>().ToList();
        Assert.All(rows, row => Assert.NotNull(row.TableRowProperties?.GetFirstChild<CantSplit>()));
        static bool Kept(TableRow row) => row.Descendants<ParagraphProperties>().All(p => p.KeepNext is not null);

        // The head of the form, through the last 年度主要任务, the 年度绩效指标 heading row and the first group,
        // 数量指标 (indicators 1–10), move to the next page whole; the next group may start on a new page.
        var lastTask = rows.FindIndex(r => r.InnerText.Contains("开展宣传工作", StringComparison.Ordinal));
        var first = rows.FindIndex(r => r.InnerText.Contains("基层治理补助项目", StringComparison.Ordinal));
        Assert.Equal(lastTask + 2, first);
        Assert.All(rows.Take(first + 9), row => Assert.True(Kept(row), row.InnerText));
        Assert.False(Kept(rows[first + 9]));
        Assert.Contains(rows, r => r.InnerText.Contains("绩效指标性质", StringComparison.Ordinal));
        Assert.Equal("产出指标", rows[first].Elements<TableCell>().ElementAt(1).InnerText);
    }

    /// <summary>
    /// The line that introduces a form (附表：…, 附件：…) is chained to the form's head: it keeps with the form's title,
    /// which keeps with the unit line, which keeps with the first rows, so the line never ends a page alone.
    /// </summary>
    [Theory]
    [InlineData("附表：部门整体支出绩效自评表", "部门整体支出绩效目标自评表（2023年度）")]
    [InlineData("附件：专项预算项目支出绩效自评表", "部门预算项目支出绩效自评表（2023年度）")]
    public void The_line_introducing_a_form_is_kept_with_the_form(string line, string title)
    {
        using var document = Open();
        var main = document.MainDocumentPart!;
        var body = main.Document.Body!;
        var styles = main.StyleDefinitionsPart!.Styles!.Elements<Style>().ToDictionary(s => s.StyleId!.Value!);
        bool KeptWithNext(Paragraph p) => p.ParagraphProperties?.KeepNext is not null
            || styles[p.ParagraphProperties!.ParagraphStyleId!.Val!.Value!].StyleParagraphProperties?.KeepNext is not null;

        var introduction = body.Elements<Paragraph>().Single(p => p.InnerText == line);
        Assert.True(KeptWithNext(introduction), line);
        var formTitle = Assert.IsType<Paragraph>(introduction.NextSibling());
        Assert.Equal(title, formTitle.InnerText);
        Assert.True(KeptWithNext(formTitle), title);
        var unitLine = Assert.IsType<Paragraph>(formTitle.NextSibling());
        Assert.True(KeptWithNext(unitLine), unitLine.InnerText);
        var form = Assert.IsType<Table>(unitLine.NextSibling());
        Assert.All(form.Elements<TableRow>().Take(3), row => Assert.All(row.Descendants<ParagraphProperties>(), p => Assert.NotNull(p.KeepNext)));

        // Only a body line directly before a table is tied to it: the paragraph before the line is not.
        var before = Assert.IsType<Paragraph>(introduction.PreviousSibling());
        Assert.Null(before.ParagraphProperties?.KeepNext);
    }

    [Fact]
    public void Basic_expenditure_table_has_no_empty_amount_cell_beside_a_code()
    {
        using var document = Open();
        var body = document.MainDocumentPart!.Document.Body!;
        var title = body.Elements<Paragraph>().First(p => p.InnerText == "一般公共预算财政拨款基本支出决算表");
        var table = title.ElementsAfter().OfType<Table>().First();
        foreach (var row in table.Elements<TableRow>().Skip(2))
        {
            var cells = row.Elements<TableCell>().Select(c => c.InnerText).ToList();
            // Item rows hold code, name and amount on each side; the 合计 row spans code and name.
            var width = cells.Count == 6 ? 3 : 2;
            for (var c = 0; c + width - 1 < cells.Count; c += width)
            {
                Assert.False(cells[c + width - 2].Length > 0 && cells[c + width - 1].Length == 0, $"{cells[c + width - 2]} has no amount");
            }
        }
    }

    [Fact]
    public void Every_figure_is_kept_on_the_page_of_its_caption_and_no_higher_than_7_cm()
    {
        using var document = Open();
        var main = document.MainDocumentPart!;
        var figureStyle = main.StyleDefinitionsPart!.Styles!.Elements<Style>().Single(s => s.StyleId == "Figure");
        Assert.NotNull(figureStyle.StyleParagraphProperties!.KeepNext);
        var pictures = main.Document.Body!.Elements<Paragraph>().Where(p => p.Descendants<Drawing>().Any()).ToList();
        Assert.Equal(6, pictures.Count);
        Assert.All(pictures, picture =>
        {
            Assert.Equal("Figure", picture.ParagraphProperties!.ParagraphStyleId!.Val!.Value);
            var caption = Assert.IsType<Paragraph>(picture.NextSibling());
            Assert.Equal("Caption", caption.ParagraphProperties!.ParagraphStyleId!.Val!.Value);
            Assert.StartsWith("图", caption.InnerText, StringComparison.Ordinal);
            var extent = picture.Descendants<DocumentFormat.OpenXml.Drawing.Wordprocessing.Extent>().Single();
            Assert.InRange(extent.Cy!.Value, 1L, 2_520_000L);

            // The text before the figure is not tied to it, so the text fills the page a figure that does not fit
            // leaves; only a section heading the figure was placed under (FigurePlacement) keeps with it, as
            // headings do with what follows them.
            var before = Assert.IsType<Paragraph>(picture.PreviousSibling());
            var beforeStyle = before.ParagraphProperties!.ParagraphStyleId!.Val!.Value!;
            if (beforeStyle.StartsWith("Heading", StringComparison.Ordinal))
            {
                return;
            }

            Assert.Null(before.ParagraphProperties.KeepNext);
            Assert.Null(main.StyleDefinitionsPart.Styles.Elements<Style>().Single(s => s.StyleId == beforeStyle).StyleParagraphProperties?.KeepNext);
        });
    }

    [Fact]
    public void No_straight_quote_or_half_width_comma_next_to_Chinese_in_the_text()
    {
        using var document = Open();
        var texts = document.MainDocumentPart!.Document.Body!.Descendants<Text>().Select(t => t.Text).ToList();
        Assert.Contains(texts, t => t.Contains("“三公”", StringComparison.Ordinal));
        Assert.DoesNotContain(texts, t => t.Contains('"', StringComparison.Ordinal));
        // The templates' text gets Chinese punctuation; the clerk's text is printed as written (the seed's
        // "自评,《…》见附件(第四部分)" is reported by FC1907, not rewritten), so a half-width mark is only allowed where
        // the unit file itself has it.
        var unitFile = File.ReadAllText(TestPaths.Sample("dangqun-2023.yaml"));
        var halfWidth = texts.SelectMany(t => System.Text.RegularExpressions.Regex.Matches(t, "[\\u4e00-\\u9fff][,:;(]|[,:;)][\\u4e00-\\u9fff]")).Select(m => m.Value);
        Assert.All(halfWidth, mark => Assert.Contains(mark, unitFile, StringComparison.Ordinal));
    }
}
