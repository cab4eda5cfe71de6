using System.Globalization;
using System.Text;
using System.Xml;
using Fincomp.Batch;
using Fincomp.Diagnostics;

namespace Fincomp.Cli.Output;

/// <summary>
/// JUnit XML, the test report GitLab, Jenkins and Gitee show per merge request: one test case per unit file; a unit with
/// errors fails (the first error is the failure message, every finding is in its text); a file that cannot be read is an
/// error; warnings and notes are the case's output.
/// </summary>
internal sealed class JUnitFormatter : IReportFormatter
{
    public void Write(CheckReport report, TextWriter output)
    {
        var failures = report.Files.Count(f => f.Status is not (UnitStatus.Unreadable or UnitStatus.AuditFailed or UnitStatus.OutputConflict or UnitStatus.DuplicateUnit) && f.Diagnostics.Any(IsError));
        var errors = report.Files.Count(f => f.Status is UnitStatus.Unreadable or UnitStatus.AuditFailed or UnitStatus.OutputConflict or UnitStatus.DuplicateUnit);
        var settings = new XmlWriterSettings { Indent = true, Encoding = new UTF8Encoding(false), OmitXmlDeclaration = false };
        var builder = new StringBuilder();
        using (var xml = XmlWriter.Create(new Utf8StringWriter(builder), settings))
        {
            xml.WriteStartElement("testsuites");
            xml.WriteAttributeString("name", "fincomp check");
            WriteCounts(xml, report.Files.Count, failures, errors);
            xml.WriteStartElement("testsuite");
            xml.WriteAttributeString("name", "fincomp check");
            WriteCounts(xml, report.Files.Count, failures, errors);
            foreach (var file in report.Files)
            {
                WriteCase(xml, file);
            }

            xml.WriteEndElement();
            xml.WriteEndElement();
        }

        output.WriteLine(builder.ToString());
    }

    private static void WriteCounts(XmlWriter xml, int tests, int failures, int errors)
    {
        xml.WriteAttributeString("tests", tests.ToString(CultureInfo.InvariantCulture));
        xml.WriteAttributeString("failures", failures.ToString(CultureInfo.InvariantCulture));
        xml.WriteAttributeString("errors", errors.ToString(CultureInfo.InvariantCulture));
        xml.WriteAttributeString("skipped", "0");
    }

    private static void WriteCase(XmlWriter xml, FileFindings file)
    {
        xml.WriteStartElement("testcase");
        xml.WriteAttributeString("classname", "fincomp.check");
        xml.WriteAttributeString("name", file.File);
        xml.WriteAttributeString("file", file.File.Replace('\\', '/'));
        var firstError = file.Diagnostics.FirstOrDefault(IsError);
        if (firstError is not null)
        {
            xml.WriteStartElement(file.Status is UnitStatus.Unreadable or UnitStatus.AuditFailed or UnitStatus.OutputConflict or UnitStatus.DuplicateUnit ? "error" : "failure");
            xml.WriteAttributeString("type", firstError.Code);
            xml.WriteAttributeString("message", firstError.Message);
            xml.WriteString(string.Join("\n", file.Diagnostics.Where(IsError).Select(d => d.ToString())));
            xml.WriteEndElement();
        }

        var others = file.Diagnostics.Where(d => !IsError(d)).ToList();
        if (others.Count > 0)
        {
            xml.WriteElementString("system-out", string.Join("\n", others.Select(d => d.ToString())));
        }

        xml.WriteEndElement();
    }

    private static bool IsError(Diagnostic diagnostic) => diagnostic.Severity == Severity.Error;

    /// <summary>A string writer that declares UTF-8, so the XML declaration says what the bytes on disk are.</summary>
    private sealed class Utf8StringWriter(StringBuilder builder) : StringWriter(builder, CultureInfo.InvariantCulture)
    {
        public override Encoding Encoding => new UTF8Encoding(false);
    }
}
