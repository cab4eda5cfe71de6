using System.Globalization;
using System.Text.RegularExpressions;
using Fincomp.Audit;
using Fincomp.Cli;
using Fincomp.Diagnostics;
using Fincomp.Tests.Docx;
using Fincomp.Tests.Support;
using Fincomp.Writers.Pdf;
using UglyToad.PdfPig;
using Xunit;

namespace Fincomp.Tests.Audit;

/// <summary>
/// <c>fincomp check report.pdf</c>: the PDF fincomp renders from the sample (its own LibreOffice conversion) audits
/// clean, and a PDF made from a copy of the Word file with errors planted in its text and tables has each one found on
/// the page that prints it, with the text quoted.
/// </summary>
public sealed partial class PdfAuditTests : IDisposable
{
    private static readonly PlantedDocx.Plant[] Plants =
    [
        new("城乡社区支出55.6万元，占6.64%", "占6.64%", "占6.66%"),
        new("收、支总计各减少54.15万元，下降6.07%", "减少54.15万元", "增加54.15万元"),
        new("党群部下设5个部门", "下设5个", "下设6个"),
        new("人员经费98.12万元", "98.12万元", "98.13万元"),
        new("负责宣传思想", "负责宣传思想", "负责XX宣传思想"),
        new("2013202", "334.48", "336.48", InRow: true),
    ];

    private static readonly Lazy<byte[]> CleanPdf = new(() => ToPdf(PlantedDocx.Built.Value));

    private static readonly Lazy<byte[]> PlantedPdf = new(() => ToPdf(PlantedDocx.With(PlantedDocx.Built.Value, Plants)));

    private readonly TemporaryFolder _folder = new("fincomp-pdf-audit-");

    public void Dispose() => _folder.Dispose();

    [LibreOfficeFact]
    public void The_rendered_sample_audits_with_only_the_published_reports_own_errors()
    {
        var findings = DocumentCheck.Check(Write("sample.pdf", CleanPdf.Value));

        Assert.Equal(4, findings.Count(PlantedDocx.IsSeedError));
        Assert.Empty(PlantedDocx.Planted(findings));
    }

    [LibreOfficeFact]
    public void Every_planted_error_is_found_on_the_page_that_prints_it()
    {
        var file = Write("planted.pdf", PlantedPdf.Value);

        var findings = DocumentCheck.Check(file);

        Assert.Contains(findings, d => d.Code == AuditCodes.Share && d.Span.Place!.Contains("占6.66%", StringComparison.Ordinal));
        Assert.Contains(findings, d => d.Code == AuditCodes.Change && d.Span.Place!.Contains("增加54.15万元", StringComparison.Ordinal));
        Assert.Contains(findings, d => d.Code == AuditCodes.Count && d.Span.Place!.Contains("下设6个", StringComparison.Ordinal));
        Assert.Contains(findings, d => d.Code == AuditCodes.TwoValues && d.Span.Place!.Contains("98.13", StringComparison.Ordinal));
        Assert.Contains(findings, d => d.Code == AuditCodes.Placeholder && d.Span.Place!.Contains("XX", StringComparison.Ordinal));
        Assert.Contains(findings, d => d.Code == AuditCodes.TableSum && d.Span.Place!.Contains("表“收入决算表”", StringComparison.Ordinal));
        using var pdf = PdfDocument.Open(PlantedPdf.Value);
        foreach (var span in findings.SelectMany(d => d.Related.Prepend(d.Span)))
        {
            Assert.Equal(file, span.File);
            var place = PlacePattern().Match(span.Place!);
            Assert.True(place.Success, span.Place);
            var page = Squeeze(pdf.GetPage(int.Parse(place.Groups["page"].Value, CultureInfo.InvariantCulture)).Text);
            Assert.Contains(Squeeze(place.Groups["quote"].Value), page, StringComparison.Ordinal);
            Assert.Equal(int.Parse(place.Groups["page"].Value, CultureInfo.InvariantCulture), span.Location!.Page);
            Assert.Contains($"—{span.Location.PrintedPage}—", page, StringComparison.Ordinal);
            if (span.Location.Row is not null)
            {
                // A figure printed several times on the page is found by its row's label, printed on the same page.
                Assert.NotNull(span.Location.Column);
                Assert.Contains(Squeeze(span.Location.RowLabel!), page, StringComparison.Ordinal);
            }
        }

        var tableSum = findings.First(d => d.Code == AuditCodes.TableSum && d.Span.Location!.Table == "收入决算表").Span.Location!;
        Assert.NotNull(tableSum.ColumnHeader);
        Assert.Contains($"第{tableSum.Row}行第{tableSum.Column}列（“{tableSum.RowLabel}”行，“{tableSum.ColumnHeader}”列）", tableSum.Text, StringComparison.Ordinal);

        // Cover and contents are not numbered: the footer's number is not the file's page, and the place says both.
        Assert.All(findings, d => Assert.Matches("^第\\d+页（PDF第\\d+页）", d.Span.Place));
        Assert.All(findings, d => Assert.True(d.Span.Location!.PrintedPage < d.Span.Location.Page));
    }

    [LibreOfficeFact]
    public void Check_dispatches_a_pdf_by_its_extension_and_exits_one_on_a_finding()
    {
        var output = new StringWriter();

        Assert.Equal(1, FincompApp.Run(["check", Write("wrong.pdf", PlantedPdf.Value)], output, new StringWriter()));
        Assert.Contains("error FC2004", output.ToString(), StringComparison.Ordinal);
        Assert.Matches("第\\d+页（PDF第\\d+页）：“占6.66%”", output.ToString());
    }

    [Fact]
    public void A_file_that_is_not_a_pdf_is_unreadable()
    {
        var file = Write("broken.pdf", "这不是 PDF 文件"u8.ToArray());

        var finding = Assert.Single(DocumentCheck.Check(file));
        Assert.Equal(AuditCodes.Unreadable, finding.Code);
        Assert.Equal(Severity.Error, finding.Severity);
        Assert.StartsWith("无法读取 PDF 文档", finding.Message, StringComparison.Ordinal);
        Assert.Equal(2, FincompApp.Run(["check", file], new StringWriter(), new StringWriter()));
    }

    internal static byte[] ToPdf(byte[] docx)
    {
        using var pdf = new MemoryStream();
        LibreOfficePdfConverter.Create().Convert(docx, pdf);
        return pdf.ToArray();
    }

    private static string Squeeze(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));

    [GeneratedRegex("^第(?:\\d+页（PDF第)?(?<page>\\d+)页）?(?:，表“[^”]*”(?:第\\d+行第\\d+列(?:（“.*?”[行列]）)?)?)?：“(?<quote>.*)”$", RegexOptions.Singleline)]
    private static partial Regex PlacePattern();

    private string Write(string name, byte[] bytes)
    {
        var path = Path.Combine(_folder.Path, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }
}
