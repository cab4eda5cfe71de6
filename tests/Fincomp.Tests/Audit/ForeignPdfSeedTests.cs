using System.Net;
using System.Text;
using Fincomp.Audit;
using Fincomp.Audit.Reading;
using Fincomp.Tests.Docx;
using Fincomp.Tests.Support;
using Xunit;

namespace Fincomp.Tests.Audit;

/// <summary>
/// A PDF fincomp did not write: the published seed text laid out as its author might have (a web page's headings and
/// paragraphs, a "三公" table with merged heading cells, another page size, font and indent), made a Word file and a PDF
/// by LibreOffice. The audit finds the errors the seed is known for, each on its page with its text quoted.
/// </summary>
public sealed class ForeignPdfSeedTests : IDisposable
{
    private readonly TemporaryFolder _folder = new("fincomp-foreign-pdf-");

    public void Dispose() => _folder.Dispose();

    [LibreOfficeFact]
    public void The_seeds_errors_are_found_on_their_pages_of_an_a4_pdf_in_a_serif_font() =>
        _ = AssertSeedErrors("size: 21cm 29.7cm; margin: 2.5cm 2cm", "Noto Serif CJK SC", "12pt", "2em");

    [LibreOfficeFact]
    public void The_seeds_errors_are_found_on_their_pages_of_a_letter_pdf_in_a_sans_font_without_indents() =>
        _ = AssertSeedErrors("size: 8.5in 11in; margin: 1in", "Noto Sans CJK SC", "10.5pt", "0");

    /// <summary>
    /// Typed as a plain left-aligned Word file, lines stop short wherever the next figure or code ("92.32%；", "（01）")
    /// did not fit, and a page may end on such a line: the PDF is read into the paragraphs of the Word file all the
    /// same, so it gives the Word file's findings, each quote in full.
    /// </summary>
    [LibreOfficeFact]
    public void A_left_aligned_pdf_gives_the_findings_of_its_word_file() =>
        AssertSameAsWord(AssertSeedErrors("size: 21cm 29.7cm; margin: 2.5cm 2cm", "Noto Serif CJK SC", "12pt", "2em", "left"));

    [LibreOfficeFact]
    public void A_left_aligned_pdf_without_indents_gives_the_findings_of_its_word_file() =>
        AssertSameAsWord(AssertSeedErrors("size: 8.5in 11in; margin: 1in", "Noto Sans CJK SC", "10.5pt", "0", "left"));

    /// <summary>
    /// The findings of the PDF and of the Word file it was made from, code and quote (line breaks aside), are the same;
    /// which standard tables are missing (all but the 三公 table here) and the numbering of headings are read from the
    /// tables' titles and the Word file's heading styles, not from how lines join into paragraphs.
    /// </summary>
    private static void AssertSameAsWord((string Docx, string Pdf) files)
    {
        static List<string> Read(string path) =>
            [.. DocumentCheck.Check(path).Where(f => f.Code is not (AuditCodes.MissingTable or AuditCodes.HeadingGap)).Select(f => $"{f.Code} {f.Span.Location?.Quote.Replace(" ", string.Empty, StringComparison.Ordinal)}").Order(StringComparer.Ordinal)];

        Assert.Equal(Read(files.Docx), Read(files.Pdf));
    }

    private (string Docx, string Pdf) AssertSeedErrors(string page, string font, string size, string indent, string align = "justify")
    {
        var html = Path.Combine(_folder.Path, "seed.html");
        File.WriteAllText(html, Html(page, font, size, indent, align), new UTF8Encoding(false));
        var docx = LibreOffice.Convert(html, "docx:\"MS Word 2007 XML\"", "docx", _folder.Path);
        var pdf = LibreOffice.Convert(docx, "pdf", "pdf", _folder.Path);

        var findings = DocumentCheck.Check(pdf);

        foreach (var (code, quoted) in new[]
        {
            (AuditCodes.Count, "下设6个"),
            (AuditCodes.Share, "占6.66%"),
            (AuditCodes.Change, "减少0万元"),
            (AuditCodes.SubjectName, "支应急管理事务"),
            (AuditCodes.FullMarks, "满分"),
        })
        {
            var found = findings.Where(f => f.Code == code && f.Span.Location?.Quote.Contains(quoted, StringComparison.Ordinal) == true).ToList();
            Assert.NotEmpty(found);
            Assert.All(found, f => Assert.StartsWith($"第{f.Span.Location!.Page}页", f.Span.Place, StringComparison.Ordinal));
        }

        Assert.DoesNotContain(findings, f => f.Code is AuditCodes.TableSum or AuditCodes.TwoValues or AuditCodes.NothingToAudit);
        return (docx, pdf);
    }

    /// <summary>The seed as a web page, its paragraphs aligned as <paramref name="align"/> says: numbered lines as headings, other lines as paragraphs, and a merged-heading 三公 table.</summary>
    private static string Html(string page, string font, string size, string indent, string align)
    {
        var html = new StringBuilder();
        html.Append($"<html><head><meta charset=\"utf-8\"><style>@page {{ {page} }} body {{ font-family: \"{font}\"; font-size: {size} }} p {{ text-indent: {indent}; text-align: {align} }} ")
            .Append("table { border-collapse: collapse } td { border: 1px solid black; padding: 2px }</style></head><body>")
            .Append("<p style=\"text-align: center; font-size: 20pt; text-indent: 0\">四川遂宁高新技术产业园区党群工作部2023年度部门决算</p>");
        var inChart = false;
        foreach (var raw in File.ReadAllLines(TestPaths.Data("seed", "dangqun-2023.txt")))
        {
            // As SeedDocumentTests reads it: a chart's left-over numbers and the performance forms' cells are left out.
            var line = raw.Trim();
            inChart = (inChart || line.StartsWith("[image:", StringComparison.Ordinal)) && !line.StartsWith('图');
            if (line.Length == 0 || inChart || (raw.StartsWith('\t') && !(line.Length >= 20 && line.Contains('。', StringComparison.Ordinal))))
            {
                continue;
            }

            var tag = ReadStructure.LevelByNumbering(line) switch
            {
                Fincomp.Document.HeadingLevel.Part => "h2",
                Fincomp.Document.HeadingLevel.Section => "h3",
                Fincomp.Document.HeadingLevel.Subsection => "h4",
                _ => "p",
            };
            html.Append($"<{tag}>{WebUtility.HtmlEncode(line)}</{tag}>");
        }

        html.Append("<h2>第五部分 附表</h2><p style=\"text-align: center; text-indent: 0\">一般公共预算财政拨款“三公”经费支出决算表</p>")
            .Append("<table><tr><td colspan=\"6\">预算数</td><td colspan=\"6\">决算数</td></tr><tr>");
        for (var side = 0; side < 2; side++)
        {
            html.Append("<td rowspan=\"2\">合计</td><td rowspan=\"2\">因公出国（境）费</td><td colspan=\"3\">公务用车购置及运行费</td><td rowspan=\"2\">公务接待费</td>");
        }

        html.Append("</tr><tr>").Append(string.Concat(Enumerable.Repeat("<td>小计</td><td>公务用车购置费</td><td>公务用车运行费</td>", 2)))
            .Append("</tr><tr>").Append(string.Concat(Enumerable.Repeat("<td>0.00</td>", 12))).Append("</tr></table></body></html>");
        return html.ToString();
    }
}
