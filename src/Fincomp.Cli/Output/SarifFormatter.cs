using System.Text;
using System.Text.Json;
using Fincomp.Checks;
using Fincomp.Diagnostics;

namespace Fincomp.Cli.Output;

/// <summary>
/// SARIF 2.1.0 for code-scanning upload: one run; every code fincomp can report as <c>tool.driver.rules</c> (so each
/// result's <c>ruleIndex</c> links to its description and fix); one result per finding. Paths under the working folder
/// are relative to the <c>SRCROOT</c> base, as code scanning expects; every URI is percent-encoded, so Chinese names
/// and spaces stay valid URIs. A finding in a workbook or document (a place, not a line) has no region: its place is
/// the location's message. Standard input has no uri: its artifact location carries only a description.
/// </summary>
internal sealed class SarifFormatter(string workingDirectory) : IReportFormatter
{
    private const string Schema = "https://json.schemastore.org/sarif-2.1.0.json";
    private const string BaseId = "SRCROOT";

    public SarifFormatter()
        : this(Directory.GetCurrentDirectory())
    {
    }

    public void Write(CheckReport report, TextWriter output)
    {
        var rules = CodeCatalog.All;
        var index = rules.Select((r, i) => (r.Code, i)).ToDictionary(p => p.Code, p => p.i, StringComparer.Ordinal);
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, JsonOptions.Writer))
        {
            json.WriteStartObject();
            json.WriteString("$schema", Schema);
            json.WriteString("version", "2.1.0");
            json.WriteStartArray("runs");
            json.WriteStartObject();
            WriteTool(json, rules);
            json.WriteStartObject("originalUriBaseIds");
            json.WriteStartObject(BaseId);
            json.WriteString("uri", SarifUri.ForFolder(workingDirectory));
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteString("columnKind", "utf16CodeUnits");
            json.WriteStartArray("results");
            foreach (var diagnostic in report.All)
            {
                WriteResult(json, diagnostic, index);
            }

            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
        }

        output.WriteLine(Encoding.UTF8.GetString(stream.ToArray()));
    }

    private static void WriteTool(Utf8JsonWriter json, IReadOnlyList<RuleInfo> rules)
    {
        json.WriteStartObject("tool");
        json.WriteStartObject("driver");
        json.WriteString("name", "fincomp");
        json.WriteString("version", ToolInfo.Version);
        json.WriteString("semanticVersion", ToolInfo.Version);
        if (ToolInfo.InformationUri.Length > 0)
        {
            json.WriteString("informationUri", ToolInfo.InformationUri);
        }

        json.WriteStartArray("rules");
        foreach (var rule in rules)
        {
            json.WriteStartObject();
            json.WriteString("id", rule.Code);
            json.WriteStartObject("shortDescription");
            json.WriteString("text", rule.Title);
            json.WriteEndObject();
            json.WriteStartObject("fullDescription");
            json.WriteString("text", rule.Description);
            json.WriteEndObject();
            json.WriteStartObject("help");
            json.WriteString("text", $"示例：{rule.Example}\n改法：{rule.Fix}");
            json.WriteEndObject();
            json.WriteStartObject("defaultConfiguration");
            json.WriteString("level", Level(rule.Severity));
            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private void WriteResult(Utf8JsonWriter json, Diagnostic diagnostic, Dictionary<string, int> index)
    {
        json.WriteStartObject();
        json.WriteString("ruleId", diagnostic.Code);
        if (index.TryGetValue(diagnostic.Code, out var ruleIndex))
        {
            json.WriteNumber("ruleIndex", ruleIndex);
        }

        json.WriteString("level", Level(diagnostic.Severity));
        json.WriteStartObject("message");
        json.WriteString("text", diagnostic.Message);
        json.WriteEndObject();
        json.WriteStartArray("locations");
        WriteLocation(json, diagnostic.Span, null);
        json.WriteEndArray();
        if (diagnostic.Related.Count > 0)
        {
            json.WriteStartArray("relatedLocations");
            for (var i = 0; i < diagnostic.Related.Count; i++)
            {
                WriteLocation(json, diagnostic.Related[i], i + 1);
            }

            json.WriteEndArray();
        }

        if (diagnostic.Detail is { } detail)
        {
            json.WriteStartObject("properties");
            json.WriteString("detail", detail);
            json.WriteEndObject();
        }

        json.WriteEndObject();
    }

    private void WriteLocation(Utf8JsonWriter json, SourceSpan span, int? id)
    {
        json.WriteStartObject();
        if (id is { } value)
        {
            json.WriteNumber("id", value);
        }

        json.WriteStartObject("physicalLocation");
        json.WriteStartObject("artifactLocation");
        if (span.File == Commands.CheckCommand.StandardInputName)
        {
            // Standard input is no file: a uri would send code scanning to a file of that name under SRCROOT.
            json.WriteStartObject("description");
            json.WriteString("text", span.File);
            json.WriteEndObject();
        }
        else if (SarifUri.RelativeTo(workingDirectory, span.File) is { } relative)
        {
            json.WriteString("uri", relative);
            json.WriteString("uriBaseId", BaseId);
        }
        else
        {
            json.WriteString("uri", SarifUri.ForFile(span.File));
        }

        json.WriteEndObject();
        if (span.Place is null)
        {
            json.WriteStartObject("region");
            json.WriteNumber("startLine", Math.Max(1, span.Line));
            json.WriteNumber("startColumn", Math.Max(1, span.Column));
            json.WriteEndObject();
        }

        json.WriteEndObject();
        if (span.Location is { } location)
        {
            // A Word or PDF report has no lines, so no region: the paragraph or table cell (a w:p or w:tc element of
            // the document), or the page, is the location's logicalLocation, and its parts (page, table, row…) are
            // the location's property bag, which SARIF leaves to the tool.
            json.WriteStartArray("logicalLocations");
            json.WriteStartObject();
            json.WriteString("name", location.Text);
            if (location.NumberedText is { } numbered)
            {
                json.WriteString("fullyQualifiedName", numbered);
            }

            if (location.Page is null)
            {
                // SARIF's kinds name no page, so a PDF's location has none.
                json.WriteString("kind", "element");
            }

            json.WriteEndObject();
            json.WriteEndArray();
        }

        if (span.Place is { } place)
        {
            json.WriteStartObject("message");
            json.WriteString("text", place);
            json.WriteEndObject();
        }

        if (span.Location is { } fields)
        {
            json.WritePropertyName("properties");
            JsonFormatter.WriteLocation(json, fields);
        }

        json.WriteEndObject();
    }

    private static string Level(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "note",
    };
}
