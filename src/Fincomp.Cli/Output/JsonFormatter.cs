using System.Text;
using System.Text.Json;
using Fincomp.Batch;
using Fincomp.Diagnostics;

namespace Fincomp.Cli.Output;

/// <summary>
/// A plain JSON document of the findings and counts, for scripts that do not speak SARIF; its shape is documented in
/// docs/ci.md and versioned by <c>schemaVersion</c>, which changes only when a field is removed or changes meaning.
/// </summary>
internal sealed class JsonFormatter : IReportFormatter
{
    /// <summary>The version of the documented shape.</summary>
    public const int SchemaVersion = 1;

    public void Write(CheckReport report, TextWriter output)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, JsonOptions.Writer))
        {
            json.WriteStartObject();
            json.WriteNumber("schemaVersion", SchemaVersion);
            json.WriteString("tool", "fincomp");
            json.WriteString("toolVersion", ToolInfo.Version);
            json.WriteStartArray("files");
            foreach (var file in report.Files)
            {
                json.WriteStartObject();
                json.WriteString("file", file.File);
                json.WriteString("status", StatusWord(file.Status));
                json.WriteStartArray("diagnostics");
                foreach (var diagnostic in file.Diagnostics)
                {
                    WriteDiagnostic(json, diagnostic);
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteNumber("errors", report.Errors);
            json.WriteNumber("warnings", report.Warnings);
            json.WriteNumber("infos", report.Infos);
            json.WriteEndObject();
        }

        output.WriteLine(Encoding.UTF8.GetString(stream.ToArray()));
    }

    private static void WriteDiagnostic(Utf8JsonWriter json, Diagnostic diagnostic)
    {
        json.WriteStartObject();
        json.WriteString("code", diagnostic.Code);
        json.WriteString("severity", Diagnostic.SeverityWord(diagnostic.Severity));
        json.WriteString("message", diagnostic.Message);
        if (diagnostic.Detail is { } detail)
        {
            json.WriteString("detail", detail);
        }

        WriteSpan(json, diagnostic.Span);
        json.WriteStartArray("related");
        foreach (var related in diagnostic.Related)
        {
            json.WriteStartObject();
            WriteSpan(json, related);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteSpan(Utf8JsonWriter json, SourceSpan span)
    {
        json.WriteString("file", span.File);
        json.WriteNumber("line", span.Line);
        json.WriteNumber("column", span.Column);
        if (span.Place is { } place)
        {
            // A workbook or document has no lines: the sheet and cell (公开05表!E12) say where.
            json.WriteString("place", place);
        }

        if (span.Location is { } location)
        {
            json.WritePropertyName("location");
            WriteLocation(json, location);
        }
    }

    /// <summary>The place in a finished report field by field, each only where the document tells it.</summary>
    internal static void WriteLocation(Utf8JsonWriter json, DocumentLocation location)
    {
        json.WriteStartObject();
        WriteNumber(json, "page", location.Page);
        WriteNumber(json, "printedPage", location.PrintedPage);
        WriteNumber(json, "paragraph", location.Paragraph);
        if (location.Table is { } table)
        {
            json.WriteString("table", table);
        }

        WriteNumber(json, "tableNumber", location.TableNumber);

        WriteNumber(json, "row", location.Row);
        WriteNumber(json, "column", location.Column);
        if (location.RowLabel is { } rowLabel)
        {
            json.WriteString("rowLabel", rowLabel);
        }

        if (location.ColumnHeader is { } columnHeader)
        {
            json.WriteString("columnHeader", columnHeader);
        }

        json.WriteString("quote", location.Quote);
        json.WriteEndObject();
    }

    private static void WriteNumber(Utf8JsonWriter json, string name, int? value)
    {
        if (value is { } number)
        {
            json.WriteNumber(name, number);
        }
    }

    private static string StatusWord(UnitStatus status) => status switch
    {
        UnitStatus.Succeeded => "passed",
        UnitStatus.Unreadable => "unreadable",
        UnitStatus.AuditFailed => "audit_failed",
        UnitStatus.OutputConflict => "output_conflict",
        UnitStatus.DuplicateUnit => "duplicate_unit",
        _ => "failed",
    };
}
