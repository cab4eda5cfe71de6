using DocumentFormat.OpenXml.Packaging;
using Fincomp.Audit.Reading;
using Fincomp.Diagnostics;
using Fincomp.Document;

namespace Fincomp.Audit;

/// <summary>
/// <c>fincomp check report.docx</c>: reads a finished report and audits it with the same rules as every build, each
/// finding placed by paragraph or by table, row and column, with the text it is about quoted.
/// </summary>
public static class DocumentCheck
{
    /// <summary>Whether <paramref name="path"/> names a document this check reads (rather than a unit file).</summary>
    public static bool Handles(string path) => path.EndsWith(".docx", StringComparison.OrdinalIgnoreCase);

    public static IReadOnlyList<Diagnostic> Check(string path)
    {
        ReportDocument document;
        try
        {
            using var stream = File.OpenRead(path);
            document = DocxReportReader.Read(stream);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException or OpenXmlPackageException
            or FileFormatException or System.Xml.XmlException)
        {
            return [new Diagnostic(AuditCodes.Unreadable, Severity.Error, $"无法读取 Word 文档：{e.Message}", SourceSpan.StartOf(path))];
        }

        return Audit(document, path);
    }

    /// <summary>The findings of <paramref name="document"/>, placed in <paramref name="file"/>.</summary>
    public static IReadOnlyList<Diagnostic> Audit(ReportDocument document, string file) =>
        DocumentAuditor.Audit(document)
            .Select(f => new Diagnostic(f.Code, Severity.Error, f.Message, Span(document, file, f.Place))
            {
                Related = f.Related.Select(p => Span(document, file, p)).ToList(),
            })
            .ToList();

    private static SourceSpan Span(ReportDocument document, string file, AuditPlace place) =>
        SourceSpan.At(file, $"{DocumentAuditor.Describe(document, place)}：“{place.Quote}”");
}
