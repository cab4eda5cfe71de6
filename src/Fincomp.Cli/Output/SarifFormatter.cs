using System.Text;
using System.Text.Json;
using Fincomp.Checks;
using Fincomp.Diagnostics;

namespace Fincomp.Cli.Output;

/// <summary>
/// SARIF 2.1.0 for code-scanning upload: one run, the rule catalogue as <c>tool.driver.rules</c> (so a result links to
/// its description and fix), one result per finding with its location and related locations.
/// </summary>
internal sealed class SarifFormatter(RuleSet rules) : IReportFormatter
{
    private const string Schema = "https://json.schemastore.org/sarif-2.1.0.json";

    public void Write(CheckReport report, TextWriter output)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, JsonOptions.Writer))
        {
            json.WriteStartObject();
            json.WriteString("$schema", Schema);
            json.WriteString("version", "2.1.0");
            json.WriteStartArray("runs");
            json.WriteStartObject();
            WriteTool(json);
            json.WriteStartArray("results");
            foreach (var diagnostic in report.All)
            {
                WriteResult(json, diagnostic);
            }

            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
        }

        output.WriteLine(Encoding.UTF8.GetString(stream.ToArray()));
    }

    private void WriteTool(Utf8JsonWriter json)
    {
        json.WriteStartObject("tool");
        json.WriteStartObject("driver");
        json.WriteString("name", "fincomp");
        json.WriteStartArray("rules");
        foreach (var rule in rules.Rules)
        {
            json.WriteStartObject();
            json.WriteString("id", rule.Info.Code);
            json.WriteString("name", rule.GetType().Name);
            json.WriteStartObject("shortDescription");
            json.WriteString("text", rule.Info.Title);
            json.WriteEndObject();
            json.WriteStartObject("fullDescription");
            json.WriteString("text", rule.Info.Description);
            json.WriteEndObject();
            json.WriteStartObject("help");
            json.WriteString("text", rule.Info.Fix);
            json.WriteEndObject();
            json.WriteStartObject("defaultConfiguration");
            json.WriteString("level", Level(rule.Info.Severity));
            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteResult(Utf8JsonWriter json, Diagnostic diagnostic)
    {
        json.WriteStartObject();
        json.WriteString("ruleId", diagnostic.Code);
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

        json.WriteEndObject();
    }

    private static void WriteLocation(Utf8JsonWriter json, SourceSpan span, int? id)
    {
        json.WriteStartObject();
        if (id is { } value)
        {
            json.WriteNumber("id", value);
        }

        json.WriteStartObject("physicalLocation");
        json.WriteStartObject("artifactLocation");
        json.WriteString("uri", span.File.Replace('\\', '/'));
        json.WriteEndObject();
        if (span.Place is null)
        {
            json.WriteStartObject("region");
            json.WriteNumber("startLine", Math.Max(1, span.Line));
            json.WriteNumber("startColumn", Math.Max(1, span.Column));
            json.WriteEndObject();
        }

        json.WriteEndObject();
        if (span.Place is { } place)
        {
            // A sheet and cell is no region of lines: SARIF names it as a logical location.
            json.WriteStartArray("logicalLocations");
            json.WriteStartObject();
            json.WriteString("fullyQualifiedName", place);
            json.WriteEndObject();
            json.WriteEndArray();
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
