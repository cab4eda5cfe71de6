using Fincomp.Audit.Reading;
using Fincomp.Diagnostics;
using Fincomp.Document;
using Fincomp.IO;

namespace Fincomp.Audit;

/// <summary>
/// <c>fincomp check report.docx|report.pdf</c>: reads a finished report and audits it with the same rules as every
/// build, each finding placed by paragraph or by table, row and column (Word) or by page (PDF), with the text it is
/// about quoted.
/// </summary>
public static class DocumentCheck
{
    /// <summary>
    /// The largest report file read: a finished report with its charts is a few megabytes, so a file of hundreds is a
    /// wrong pick (a scanned archive, a video renamed .docx) and must not be loaded whole into memory.
    /// </summary>
    public const long MaxBytes = 64L * 1024 * 1024;

    /// <summary>What a Word report's parts may unpack to: far above a real report, far below what strains a machine (a zip bomb is refused from its directory).</summary>
    public const long MaxUnpackedBytes = 256L * 1024 * 1024;

    /// <summary>Whether <paramref name="path"/> names a document this check reads (rather than a unit file).</summary>
    public static bool Handles(string path) =>
        path.EndsWith(".docx", StringComparison.OrdinalIgnoreCase) || IsPdf(path);

    public static IReadOnlyList<Diagnostic> Check(string path) => Check(path, reference: null);

    /// <summary>
    /// The audit of the document at <paramref name="path"/>, and, given the report its unit data builds
    /// (<paramref name="reference"/>, <c>--against</c>), every figure and sentence it no longer prints as built.
    /// </summary>
    public static IReadOnlyList<Diagnostic> Check(string path, ReportDocument? reference)
    {
        // A FIFO named report.docx would block the read forever.
        if (File.Exists(path) && !BoundedFile.IsRegularFile(path))
        {
            return Unreadable(path, "这不是普通文件（是设备、管道或套接字），不予读取。");
        }

        if (IsPdf(path))
        {
            return CheckPdf(path, reference);
        }

        ReportDocument document;
        try
        {
            using var stream = new MemoryStream(ReadBounded(path), writable: false);
            DocumentProblem.CheckSignature(stream, pdf: false);
            DocumentProblem.CheckUnpackedSize(stream, MaxUnpackedBytes);
            document = DocxReportReader.Read(stream);
        }
        catch (Exception e) when (DocumentProblem.IsAboutWord(e))
        {
            return Unreadable(path, $"无法读取 Word 文档：{DocumentProblem.DescribeWord(e)}。");
        }

        return Audit(document, path, place => DocumentAuditor.Locate(document, place), reference);
    }

    /// <summary>
    /// The findings of <paramref name="document"/> (and its differences from <paramref name="reference"/>, when given),
    /// placed in <paramref name="file"/> by <paramref name="locate"/>. Each quote, in the place and in the message, is
    /// the document's own characters (<see cref="PrintedQuote"/>), so that a search for it finds it.
    /// </summary>
    public static IReadOnlyList<Diagnostic> Audit(ReportDocument document, string file, Func<AuditPlace, DocumentLocation> locate, ReportDocument? reference = null)
    {
        if (NothingToAudit(document) is { } nothing)
        {
            return [new Diagnostic(AuditCodes.NothingToAudit, Severity.Error, nothing, SourceSpan.StartOf(file))];
        }

        var findings = DocumentAuditor.AuditFinished(document);
        if (reference is not null)
        {
            findings = [.. findings, .. DocumentComparison.Compare(reference, document, findings)];
        }

        return findings
            .Select(f =>
            {
                var span = Span(document, file, locate, f.Place);
                return new Diagnostic(f.Code, AuditCodes.IsInfo(f.Code) ? Severity.Info : Severity.Error, PrintedQuote.InMessage(document, f.Place, f.Message), span)
                {
                    Related = f.Related.Select(p => Span(document, file, locate, p)).ToList(),
                };
            })
            .ToList();
    }

    private static IReadOnlyList<Diagnostic> CheckPdf(string path, ReportDocument? reference)
    {
        PdfReport report;
        try
        {
            using var stream = new MemoryStream(ReadBounded(path), writable: false);
            DocumentProblem.CheckSignature(stream, pdf: true);
            report = PdfReportReader.Read(stream);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A damaged or encrypted PDF fails deep inside the PDF library, with exceptions of many kinds.
            return Unreadable(path, $"无法读取 PDF 文档：{DocumentProblem.DescribePdf(e)}。");
        }

        return Audit(report.Document, path, report.Locate, reference);
    }

    /// <summary>Why nothing in <paramref name="document"/> can be audited, or null when it reads as a report.</summary>
    private static string? NothingToAudit(ReportDocument document)
    {
        var text = document.Blocks.Sum(b => b switch
        {
            Heading heading => heading.Text.Trim().Length,
            Paragraph paragraph => paragraph.Text.Trim().Length,
            Table table => table.Rows.Sum(r => r.Cells.Sum(c => c.Text.Trim().Length)),
            _ => 0,
        });
        if (text == 0)
        {
            return "文档中读不出任何文字（扫描件或图片 PDF？）：没有核对任何内容。请核对带文字层的 PDF 或 Word 文档。";
        }

        var hasTable = document.Blocks.Any(b => b is Table);
        var hasPart = document.Blocks.Any(b => b is Heading heading && heading.Text.Contains("部分", StringComparison.Ordinal)
            || b is Paragraph paragraph && paragraph.Text.TrimStart().StartsWith('第') && paragraph.Text.Contains("部分", StringComparison.Ordinal));
        return hasTable || hasPart
            ? null
            : "文档中既没有表格，也没有“第X部分”之类的标题，不像一份决算公开报告：没有核对任何内容。";
    }

    /// <summary>The document's bytes, at most <see cref="MaxBytes"/>; a missing file says so rather than "not a regular file".</summary>
    private static byte[] ReadBounded(string path) =>
        File.Exists(path) || Directory.Exists(path) ? BoundedFile.Read(path, MaxBytes) : throw new FileNotFoundException(null, path);

    private static Diagnostic[] Unreadable(string path, string message) =>
        [new Diagnostic(AuditCodes.Unreadable, Severity.Error, message, SourceSpan.StartOf(path))];

    private static bool IsPdf(string path) => path.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase);

    private static SourceSpan Span(ReportDocument document, string file, Func<AuditPlace, DocumentLocation> locate, AuditPlace place)
    {
        var location = locate(place) with { Quote = PrintedQuote.Of(document, place) };
        return SourceSpan.At(file, $"{location.Text}：“{location.Quote}”") with { Location = location };
    }
}
