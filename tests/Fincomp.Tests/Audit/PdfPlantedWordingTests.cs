using System.Globalization;
using System.Text.RegularExpressions;
using Fincomp.Audit;
using Fincomp.Diagnostics;
using Fincomp.Tests.Docx;
using Fincomp.Tests.Support;
using UglyToad.PdfPig;
using Xunit;

namespace Fincomp.Tests.Audit;

/// <summary>
/// The finished-text rules on a PDF made with LibreOffice from a copy of the built sample with their errors planted:
/// detail items that do not add to their stated total (FC2014), 小于 said of equal figures and 持平 said of two
/// different years (FC2015), the unit named otherwise on the 编制单位 line (FC2016). Each is found on the page that
/// prints the planted text, with that text quoted.
/// </summary>
public sealed partial class PdfPlantedWordingTests : IDisposable
{
    private static readonly PlantedDocx.Plant[] Plants =
    [
        new("（1）征订报刊杂志3.51万元", "书籍3.18万元", "书籍3.28万元"),
        new("决算数等于预算数的主要原因", "决算数等于预算数", "决算数小于预算数"),
        new("机关运行经费支出90.37万元", "比2022年度增加23.17万元，增长34.48%", "上年支出67.2万元，与上年持平"),
        new("编制单位：", "四川遂宁高新技术产业园区党群工作部", "四川遂宁高新区党群工作部"),
    ];

    private static readonly Lazy<byte[]> PlantedPdf = new(() => PdfAuditTests.ToPdf(PlantedDocx.With(PlantedDocx.Built.Value, Plants)));

    private readonly TemporaryFolder _folder = new("fincomp-pdf-wording-");

    public void Dispose() => _folder.Dispose();

    [LibreOfficeFact]
    public void Detail_items_that_do_not_add_are_found_on_their_page() =>
        AssertFoundOnItsPage(AuditCodes.DetailSum, "（1）征订报刊杂志3.51万元", "3.28 + 0.33 = 3.61", "购买主题教育相关书籍3.28万元");

    [LibreOfficeFact]
    public void Less_than_said_of_equal_figures_is_found_on_its_page() =>
        AssertFoundOnItsPage(AuditCodes.Comparison, "决算数小于预算数", "应为决算数等于预算数", "决算数小于预算数");

    [LibreOfficeFact]
    public void Level_said_of_two_different_years_is_found_on_its_page() =>
        AssertFoundOnItsPage(AuditCodes.Comparison, "与上年持平", "本年90.37万元，上年67.2万元，增加23.17万元，不是持平", "上年支出67.2万元");

    [LibreOfficeFact]
    public void The_unit_named_otherwise_is_found_on_its_page() =>
        AssertFoundOnItsPage(AuditCodes.UnitName, "四川遂宁高新区党群工作部", "四川遂宁高新技术产业园区党群工作部", "编制单位：四川遂宁高新区党群工作部");

    [LibreOfficeFact]
    public void Nothing_else_is_found_but_the_published_reports_own_errors()
    {
        var findings = PlantedDocx.Planted(DocumentCheck.Check(Write()));

        Assert.Equal([AuditCodes.DetailSum, AuditCodes.Comparison, AuditCodes.Comparison, AuditCodes.UnitName], findings.Select(f => f.Code).Order(StringComparer.Ordinal));
    }

    /// <summary>
    /// The one finding of <paramref name="code"/> whose quote holds <paramref name="quote"/> says <paramref name="message"/>,
    /// and its page is the page that prints <paramref name="planted"/> (the changed text, found in the PDF itself).
    /// </summary>
    private void AssertFoundOnItsPage(string code, string quote, string message, string planted)
    {
        var file = Write();

        var finding = Assert.Single(DocumentCheck.Check(file), d => d.Code == code && !PlantedDocx.IsSeedError(d) && d.Span.Place!.Contains(quote, StringComparison.Ordinal));

        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Contains(message, finding.Message, StringComparison.Ordinal);
        var place = PlacePattern().Match(finding.Span.Place!);
        Assert.True(place.Success, finding.Span.Place);
        Assert.Contains(quote, place.Groups["quote"].Value, StringComparison.Ordinal);
        using var pdf = PdfDocument.Open(PlantedPdf.Value);
        var pages = pdf.GetPages().Where(p => Squeeze(p.Text).Contains(Squeeze(planted), StringComparison.Ordinal)).Select(p => p.Number).ToList();
        Assert.Equal([int.Parse(place.Groups["page"].Value, CultureInfo.InvariantCulture)], pages);
    }

    private static string Squeeze(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));

    [GeneratedRegex("^第(?:\\d+页（PDF第)?(?<page>\\d+)页）?(?:，表“[^”]*”)?：“(?<quote>.*)”$", RegexOptions.Singleline)]
    private static partial Regex PlacePattern();

    private string Write()
    {
        var path = Path.Combine(_folder.Path, "planted.pdf");
        File.WriteAllBytes(path, PlantedPdf.Value);
        return path;
    }
}
