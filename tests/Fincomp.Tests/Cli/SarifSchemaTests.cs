using System.Text.Json;
using System.Text.Json.Nodes;
using Fincomp.Batch;
using Fincomp.Cli;
using Fincomp.Cli.Output;
using Fincomp.Diagnostics;
using Fincomp.Tests.Checks;
using Fincomp.Tests.Support;
using Json.Schema;
using Xunit;

namespace Fincomp.Tests.Cli;

/// <summary>SARIF output validated against the SARIF 2.1.0 JSON schema, with file names code scanning finds hard.</summary>
public sealed class SarifSchemaTests : IDisposable
{
    private static readonly Lazy<JsonSchema> Schema = new(() =>
    {
        // The schema is draft-04; its one draft-04 keyword is the root "id" (dropped: nothing refers to it), so it
        // reads as draft-07.
        var node = JsonNode.Parse(File.ReadAllText(TestPaths.Data("Sarif", "sarif-2.1.0-rtm.5.json")))!.AsObject();
        node.Remove("id");
        node["$schema"] = "http://json-schema.org/draft-07/schema#";
        return JsonSchema.FromText(node.ToJsonString());
    });

    private readonly TemporaryFolder _folder = new("fincomp-sarif-");

    public void Dispose() => _folder.Dispose();

    private static IReadOnlyList<string> Problems(string sarif)
    {
        using var document = JsonDocument.Parse(sarif);
        var result = Schema.Value.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List, RequireFormatValidation = true });
        return result.IsValid
            ? []
            : [.. (result.Details ?? []).Where(d => d.Errors is { Count: > 0 }).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}"))];
    }

    private string UnitWithFindings(string name)
    {
        var folder = Directory.CreateDirectory(Path.Combine(_folder.Path, "园区 单位")).FullName;
        var path = Path.Combine(folder, name);
        File.WriteAllText(path, TestUnits.ReplaceOnce(ConsistentUnit.Yaml, "income_total: 320.00", "income_total: 321.00"));
        return path;
    }

    private static string Sarif(string file, string workingDirectory)
    {
        var prepared = new UnitPreparation().Prepare(file);
        var report = new CheckReport([new FileFindings(file, prepared.Diagnostics, UnitStatus.Failed)]);
        var writer = new StringWriter();
        new SarifFormatter(workingDirectory).Write(report, writer);
        return writer.ToString();
    }

    [Fact]
    public void A_Chinese_file_name_with_spaces_gives_valid_SARIF_with_a_relative_percent_encoded_uri()
    {
        var file = UnitWithFindings("党群 工作部.yaml");

        var sarif = Sarif(file, _folder.Path);

        Assert.Empty(Problems(sarif));
        using var json = JsonDocument.Parse(sarif);
        var run = json.RootElement.GetProperty("runs")[0];
        var location = run.GetProperty("results")[0].GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation");
        Assert.Equal("%E5%9B%AD%E5%8C%BA%20%E5%8D%95%E4%BD%8D/%E5%85%9A%E7%BE%A4%20%E5%B7%A5%E4%BD%9C%E9%83%A8.yaml", location.GetProperty("uri").GetString());
        Assert.Equal("SRCROOT", location.GetProperty("uriBaseId").GetString());
        var root = run.GetProperty("originalUriBaseIds").GetProperty("SRCROOT").GetProperty("uri").GetString()!;
        Assert.True(Uri.TryCreate(root, UriKind.Absolute, out var rootUri) && rootUri.IsFile && root.EndsWith('/'), root);
        Assert.Equal(Path.GetFullPath(file), new Uri(rootUri, location.GetProperty("uri").GetString()).LocalPath);
    }

    [Fact]
    public void A_file_outside_the_working_folder_gets_an_absolute_file_uri_and_stays_valid()
    {
        var file = UnitWithFindings("单位.yaml");
        var elsewhere = Directory.CreateDirectory(Path.Combine(_folder.Path, "其他")).FullName;

        var sarif = Sarif(file, elsewhere);

        Assert.Empty(Problems(sarif));
        using var json = JsonDocument.Parse(sarif);
        var uri = json.RootElement.GetProperty("runs")[0].GetProperty("results")[0].GetProperty("locations")[0]
            .GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString()!;
        Assert.Equal(Path.GetFullPath(file), new Uri(uri).LocalPath);
    }

    [Fact]
    public void Every_code_is_a_rule_and_every_result_points_at_its_rule_by_index()
    {
        var sarif = Sarif(UnitWithFindings("单位.yaml"), _folder.Path);

        using var json = JsonDocument.Parse(sarif);
        var driver = json.RootElement.GetProperty("runs")[0].GetProperty("tool").GetProperty("driver");
        var ids = driver.GetProperty("rules").EnumerateArray().Select(r => r.GetProperty("id").GetString()).ToList();
        Assert.Equal(CodeCatalog.All.Select(i => i.Code), ids);
        Assert.Contains("FC0105", ids);
        Assert.Contains("FC0999", ids);
        Assert.Matches(@"^\d+\.\d+\.\d+", driver.GetProperty("version").GetString());
        // A home page is stated only once one exists (the package has no project URL yet); never a placeholder.
        if (ToolInfo.InformationUri.Length == 0)
        {
            Assert.False(driver.TryGetProperty("informationUri", out _));
        }
        else
        {
            Assert.StartsWith("https://", driver.GetProperty("informationUri").GetString(), StringComparison.Ordinal);
        }
        var results = json.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray().ToList();
        Assert.NotEmpty(results);
        Assert.All(results, r => Assert.Equal(r.GetProperty("ruleId").GetString(), ids[r.GetProperty("ruleIndex").GetInt32()]));
    }

    [Fact]
    public void A_place_in_a_workbook_has_no_region_and_names_the_place()
    {
        var span = SourceSpan.At("决算 报表.xlsx", "公开05表!E12");
        var report = new CheckReport([new FileFindings("决算 报表.xlsx", [new Diagnostic("FC1203", Severity.Error, "不符。", span)], UnitStatus.Failed)]);
        var writer = new StringWriter();
        new SarifFormatter(_folder.Path).Write(report, writer);

        Assert.Empty(Problems(writer.ToString()));
        using var json = JsonDocument.Parse(writer.ToString());
        var location = json.RootElement.GetProperty("runs")[0].GetProperty("results")[0].GetProperty("locations")[0];
        Assert.False(location.GetProperty("physicalLocation").TryGetProperty("region", out _));
        Assert.Equal("公开05表!E12", location.GetProperty("message").GetProperty("text").GetString());
    }

    [Fact]
    public void A_place_in_a_word_or_pdf_report_is_a_logical_location_with_its_parts_as_properties()
    {
        var cell = new DocumentLocation { Table = "收入决算表", TableNumber = 2, Row = 7, Column = 3, Quote = "336.48" };
        var page = new DocumentLocation { Page = 22, PrintedPage = 20, Quote = "占6.66%" };
        var diagnostics = new[]
        {
            new Diagnostic("FC2001", Severity.Error, "不符。", SourceSpan.At("报告.docx", $"{cell.Text}：“336.48”") with { Location = cell }),
            new Diagnostic("FC2004", Severity.Error, "不符。", SourceSpan.At("报告.pdf", $"{page.Text}：“占6.66%”") with { Location = page }),
        };
        var report = new CheckReport([new FileFindings("报告.docx", diagnostics, UnitStatus.Failed)]);
        var writer = new StringWriter();
        new SarifFormatter(_folder.Path).Write(report, writer);

        Assert.Empty(Problems(writer.ToString()));
        using var json = JsonDocument.Parse(writer.ToString());
        var results = json.RootElement.GetProperty("runs")[0].GetProperty("results");
        var inWord = results[0].GetProperty("locations")[0];
        Assert.False(inWord.GetProperty("physicalLocation").TryGetProperty("region", out _));
        var logical = Assert.Single(inWord.GetProperty("logicalLocations").EnumerateArray().ToList());
        Assert.Equal("表“收入决算表”第7行第3列", logical.GetProperty("name").GetString());
        Assert.Equal("element", logical.GetProperty("kind").GetString());
        Assert.Equal("第2张表“收入决算表”第7行第3列", logical.GetProperty("fullyQualifiedName").GetString());
        var properties = inWord.GetProperty("properties");
        Assert.Equal("收入决算表", properties.GetProperty("table").GetString());
        Assert.Equal(7, properties.GetProperty("row").GetInt32());
        Assert.Equal(3, properties.GetProperty("column").GetInt32());
        Assert.Equal(2, properties.GetProperty("tableNumber").GetInt32());
        Assert.Equal("336.48", properties.GetProperty("quote").GetString());
        Assert.False(properties.TryGetProperty("page", out _));
        var inPdf = results[1].GetProperty("locations")[0];
        Assert.Equal("第20页（PDF第22页）", inPdf.GetProperty("logicalLocations")[0].GetProperty("name").GetString());
        Assert.False(inPdf.GetProperty("logicalLocations")[0].TryGetProperty("kind", out _));
        Assert.False(inPdf.GetProperty("logicalLocations")[0].TryGetProperty("fullyQualifiedName", out _));
        Assert.False(inPdf.GetProperty("properties").TryGetProperty("tableNumber", out _));
        Assert.Equal(22, inPdf.GetProperty("properties").GetProperty("page").GetInt32());
        Assert.Equal(20, inPdf.GetProperty("properties").GetProperty("printedPage").GetInt32());
        Assert.Equal("第20页（PDF第22页）：“占6.66%”", inPdf.GetProperty("message").GetProperty("text").GetString());
    }

    [Fact]
    public void Standard_input_has_no_file_uri_and_stays_valid()
    {
        var name = Fincomp.Cli.Commands.CheckCommand.StandardInputName;
        var prepared = new UnitPreparation().PrepareText(TestUnits.ReplaceOnce(ConsistentUnit.Yaml, "income_total: 320.00", "income_total: 321.00"), name);
        var report = new CheckReport([new FileFindings(name, prepared.Diagnostics, UnitStatus.Failed)]);
        var writer = new StringWriter();
        new SarifFormatter(_folder.Path).Write(report, writer);

        Assert.Empty(Problems(writer.ToString()));
        using var json = JsonDocument.Parse(writer.ToString());
        var physical = json.RootElement.GetProperty("runs")[0].GetProperty("results")[0].GetProperty("locations")[0].GetProperty("physicalLocation");
        var artifact = physical.GetProperty("artifactLocation");
        Assert.False(artifact.TryGetProperty("uri", out _));
        Assert.False(artifact.TryGetProperty("uriBaseId", out _));
        Assert.Equal(name, artifact.GetProperty("description").GetProperty("text").GetString());
        Assert.True(physical.GetProperty("region").GetProperty("startLine").GetInt32() > 1);
    }

    [Fact]
    public void The_schema_check_rejects_an_unencoded_uri()
    {
        // The control: without percent-encoding the same log is invalid, so the tests above can fail.
        var sarif = Sarif(UnitWithFindings("单位.yaml"), _folder.Path).Replace("%E5%8D%95%E4%BD%8D.yaml", "单位 .yaml", StringComparison.Ordinal);

        Assert.NotEmpty(Problems(sarif));
    }

    [Fact]
    public void The_command_line_writes_valid_SARIF_for_the_sample()
    {
        var writer = new StringWriter();
        FincompApp.Run(["check", "-f", "sarif", TestPaths.Sample("dangqun-2023.yaml")], writer, new StringWriter());

        Assert.Empty(Problems(writer.ToString()));
    }
}
