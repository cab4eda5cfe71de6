using System.Globalization;
using System.Text.RegularExpressions;
using Fincomp.Audit;
using Fincomp.Derivation;
using Fincomp.Diagnostics;
using Fincomp.Tests.Docx;
using Fincomp.Tests.Support;
using UglyToad.PdfPig;
using Xunit;

namespace Fincomp.Tests.Audit;

/// <summary>
/// Parts deleted and names changed in a built report, as an editor leaves them, found in the .docx and in a PDF made
/// from it with LibreOffice: a deleted part heading and a deleted section heading (FC2020 at the heading after the
/// gap), the unit's full name changed in a sentence, a heading, a form cell and a list cell (FC2016), and the Shanghai
/// template's "三公" table deleted (FC2010 with that template's title, at the table it should stand before).
/// </summary>
public sealed partial class PlantedOutlineTests : IDisposable
{
    private static readonly Lazy<byte[]> Sichuan = new(() => PlantedDocx.With(
        PlantedDocx.Without(PlantedDocx.Built.Value, ["第二部分 2023年度单位决算情况说明", "九、国有资本经营预算支出决算情况说明"]),
        new PlantedDocx.Plant("机关运行经费支出90.37万元", "四川遂宁高新技术产业园区党群工作部", "四川遂宁高新区党群工作部"),
        new PlantedDocx.Plant("部门名称", "四川遂宁高新技术产业园区党群工作部", "四川遂宁高新园区党群工作部", InRow: true)));

    private static readonly Lazy<byte[]> Shanghai = new(() => PlantedDocx.With(
        PlantedDocx.Without(PlantedDocx.BuildSample("shanghai-2024.yaml"), [], StandardTableTitles.ThreePublicShanghai),
        new PlantedDocx.Plant("第一部分 上海市示例城市管理行政执法局概况", "上海市示例城市管理行政执法局", "上海市示例城管执法局", Style: "Heading1"),
        new PlantedDocx.Plant("上海市示例城市管理行政执法局（本级）", "上海市示例城市管理行政执法局（本级）", "上海市城市管理行政执法局（本级）", InRow: true)));

    private static readonly Lazy<byte[]> SichuanPdf = new(() => PdfAuditTests.ToPdf(Sichuan.Value));

    private static readonly Lazy<byte[]> ShanghaiPdf = new(() => PdfAuditTests.ToPdf(Shanghai.Value));

    /// <summary>Each planted error: its code, the quote its place holds, what its message says, and the text printed where it is.</summary>
    private static readonly (string Code, string Quote, string Message, string Printed)[] SichuanErrors =
    [
        (AuditCodes.HeadingGap, "第三部分 名词解释", "“第一部分”之后是“第三部分”，缺少“第二部分”", "第三部分 名词解释"),
        (AuditCodes.HeadingGap, "十、其他重要事项的情况说明", "“八、”之后是“十、”，缺少“九、”", "十、其他重要事项的情况说明"),
        (AuditCodes.UnitName, "四川遂宁高新区党群工作部", "报告标题中为“四川遂宁高新技术产业园区党群工作部”", "四川遂宁高新区党群工作部机关运行经费"),
        (AuditCodes.UnitName, "四川遂宁高新园区党群工作部", "单位名称写作“四川遂宁高新园区党群工作部”", "四川遂宁高新园区党群工作部"),
    ];

    private static readonly (string Code, string Quote, string Message, string Printed)[] ShanghaiErrors =
    [
        (AuditCodes.MissingTable, StandardTableTitles.GovernmentFund, $"缺少第7张公开表“{StandardTableTitles.ThreePublicShanghai}”（应在表“{StandardTableTitles.GovernmentFund}”之前）", StandardTableTitles.GovernmentFund),
        (AuditCodes.UnitName, "上海市示例城管执法局", "报告标题中为“上海市示例城市管理行政执法局”", "第一部分 上海市示例城管执法局概况"),
        (AuditCodes.UnitName, "上海市城市管理行政执法局（本级）", "单位名称写作“上海市城市管理行政执法局”", "上海市城市管理行政执法局（本级）"),
    ];

    private readonly TemporaryFolder _folder = new("fincomp-planted-outline-");

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Deleted_headings_and_changed_names_are_found_in_the_word_file()
    {
        var findings = PlantedDocx.Planted(DocumentCheck.Check(Write("planted.docx", Sichuan.Value)));

        AssertOnlyThe(SichuanErrors, findings);
        Assert.Contains(findings, f => ParagraphPattern().IsMatch(f.Span.Place!) && f.Span.Place!.EndsWith("：“第三部分 名词解释”", StringComparison.Ordinal));
        Assert.Contains(findings, f => ParagraphPattern().IsMatch(f.Span.Place!) && f.Span.Place!.EndsWith("：“四川遂宁高新区党群工作部”", StringComparison.Ordinal));
        Assert.Contains(findings, f => f.Span.Place == "表“部门整体支出绩效目标自评表（2023年度）”第1行第2列：“四川遂宁高新园区党群工作部”");
    }

    [Fact]
    public void A_shanghai_report_without_its_three_public_table_is_told_its_own_title_in_the_word_file()
    {
        var findings = PlantedDocx.Planted(DocumentCheck.Check(Write("shanghai.docx", Shanghai.Value)));

        AssertOnlyThe(ShanghaiErrors, findings);
        Assert.Contains(findings, f => f.Code == AuditCodes.MissingTable && f.Span.Place == $"表“{StandardTableTitles.GovernmentFund}”：“{StandardTableTitles.GovernmentFund}”");
        Assert.DoesNotContain(findings, f => f.Message.Contains("一般公共预算财政拨款“三公”", StringComparison.Ordinal));
    }

    [LibreOfficeFact]
    public void Deleted_headings_and_changed_names_are_found_on_their_page_of_the_pdf() =>
        AssertFoundOnTheirPages(SichuanPdf.Value, SichuanErrors);

    [LibreOfficeFact]
    public void A_shanghai_report_without_its_three_public_table_is_told_its_own_title_on_its_page_of_the_pdf() =>
        AssertFoundOnTheirPages(ShanghaiPdf.Value, ShanghaiErrors);

    [Fact]
    public void The_built_shanghai_sample_audits_clean() =>
        Assert.Empty(PlantedDocx.Planted(DocumentCheck.Check(Write("clean.docx", PlantedDocx.BuildSample("shanghai-2024.yaml")))));

    private static void AssertOnlyThe((string Code, string Quote, string Message, string Printed)[] errors, IReadOnlyList<Diagnostic> findings)
    {
        Assert.Equal(errors.Select(e => e.Code).Order(StringComparer.Ordinal), findings.Select(f => f.Code).Order(StringComparer.Ordinal));
        foreach (var (code, quote, message, _) in errors)
        {
            var finding = Assert.Single(findings, f => f.Code == code && Quotes(f, quote));
            Assert.Equal(Severity.Error, finding.Severity);
            Assert.Contains(message, finding.Message, StringComparison.Ordinal);
        }
    }

    /// <summary>
    /// Every planted error is found, nothing else is, and each is on the last page that prints its text (a heading's line in
    /// the table of contents comes before the heading itself).
    /// </summary>
    private void AssertFoundOnTheirPages(byte[] pdf, (string Code, string Quote, string Message, string Printed)[] errors)
    {
        var path = Path.Combine(_folder.Path, "planted.pdf");
        File.WriteAllBytes(path, pdf);
        var findings = PlantedDocx.Planted(DocumentCheck.Check(path));

        AssertOnlyThe(errors, findings);
        using var document = PdfDocument.Open(pdf);
        foreach (var (code, quote, _, printed) in errors)
        {
            var place = PlacePattern().Match(findings.Single(f => f.Code == code && Quotes(f, quote)).Span.Place!);
            Assert.True(place.Success, quote);
            var pages = document.GetPages().Where(p => Squeeze(p.Text).Contains(Squeeze(printed), StringComparison.Ordinal)).Select(p => p.Number).ToList();
            Assert.NotEmpty(pages);
            // A page that prints its own number is named "第N页（PDF第M页）": M is the file's page.
            var filePage = place.Groups["file"].Success ? place.Groups["file"] : place.Groups["page"];
            Assert.Equal(pages.Max(), int.Parse(filePage.Value, CultureInfo.InvariantCulture));
        }
    }

    /// <summary>Whether the finding's place quotes <paramref name="quote"/> (a PDF line may read without the space a heading holds).</summary>
    private static bool Quotes(Diagnostic finding, string quote) =>
        Squeeze(finding.Span.Place!).EndsWith(Squeeze($"：“{quote}”"), StringComparison.Ordinal);

    private static string Squeeze(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));

    [GeneratedRegex("^第(?<page>\\d+)页(?:（PDF第(?<file>\\d+)页）)?(?:，(?:表“[^”]*”|第\\d+张表（无表题）|无表题的表)(?:第\\d+行第\\d+列(?:（“.*?”[行列]）)?)?)?：“(?<quote>.*)”$", RegexOptions.Singleline)]
    private static partial Regex PlacePattern();

    [GeneratedRegex("^第\\d+段：“")]
    private static partial Regex ParagraphPattern();

    private string Write(string name, byte[] bytes)
    {
        var path = Path.Combine(_folder.Path, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }
}
