using System.Text.Json;
using System.Xml.Linq;
using Fincomp.Cli;
using Fincomp.Tests.Checks;
using Fincomp.Tests.Support;
using Xunit;

namespace Fincomp.Tests.Cli;

/// <summary>
/// <c>check --warnings-as-errors</c>: a unit whose only findings are warnings fails, and every output format says so,
/// not only the exit code; without the flag the same unit passes with warnings in every format.
/// </summary>
public sealed class WarningsAsErrorsTests : IDisposable
{
    private readonly TemporaryFolder _folder = new("fincomp-warnings-as-errors-");

    public WarningsAsErrorsTests()
    {
        // Half-width brackets in a duty: two FC1907 warnings, nothing else.
        File.WriteAllText(Path.Combine(_folder.Path, "警告.yaml"), TestUnits.ReplaceOnce(ConsistentUnit.Yaml, "负责本单位组织工作。", "负责本单位组织工作(含党建)。"));
        File.WriteAllText(Path.Combine(_folder.Path, "干净.yaml"), ConsistentUnit.Yaml);
    }

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Human_output_reports_the_warnings_as_errors_and_the_unit_as_failed()
    {
        var (plainCode, plain) = Run("human", asErrors: false);
        var (code, text) = Run("human", asErrors: true);

        Assert.Equal((0, 1), (plainCode, code));
        Assert.Contains("warning FC1907", plain, StringComparison.Ordinal);
        Assert.Contains("2 个文件：2 通过 · 0 有错误 · 0 无法读取", plain, StringComparison.Ordinal);
        Assert.Contains("error FC1907", text, StringComparison.Ordinal);
        Assert.DoesNotContain("warning FC1907", text, StringComparison.Ordinal);
        Assert.Contains("2 个错误，0 个警告", text, StringComparison.Ordinal);
        Assert.Contains("2 个文件：1 通过 · 1 有错误 · 0 无法读取", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_gives_error_severity_and_a_failed_status()
    {
        var (plainCode, plain) = Run("json", asErrors: false);
        var (code, text) = Run("json", asErrors: true);

        Assert.Equal((0, 1), (plainCode, code));
        Assert.Equal(("passed", "warning", 0, 2), Summary(plain));
        Assert.Equal(("failed", "error", 2, 0), Summary(text));

        static (string?, string?, int, int) Summary(string json)
        {
            using var document = JsonDocument.Parse(json);
            var root = document.RootElement;
            var file = root.GetProperty("files").EnumerateArray().Single(f => f.GetProperty("file").GetString()!.EndsWith("警告.yaml", StringComparison.Ordinal));
            var severities = file.GetProperty("diagnostics").EnumerateArray().Select(d => d.GetProperty("severity").GetString()).Distinct().Single();
            return (file.GetProperty("status").GetString(), severities, root.GetProperty("errors").GetInt32(), root.GetProperty("warnings").GetInt32());
        }
    }

    [Fact]
    public void Sarif_gives_each_result_the_error_level()
    {
        var (_, plain) = Run("sarif", asErrors: false);
        var (code, text) = Run("sarif", asErrors: true);

        Assert.Equal(1, code);
        Assert.Equal("warning warning", Levels(plain));
        Assert.Equal("error error", Levels(text));

        static string Levels(string sarif)
        {
            using var document = JsonDocument.Parse(sarif);
            return string.Join(' ', document.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray().Select(r => r.GetProperty("level").GetString()));
        }
    }

    [Fact]
    public void GitHub_annotations_are_errors()
    {
        var (_, plain) = Run("github", asErrors: false);
        var (code, text) = Run("github", asErrors: true);

        Assert.Equal(1, code);
        Assert.Equal(2, Lines(plain, "::warning "));
        Assert.Equal(0, Lines(text, "::warning "));
        Assert.Equal(2, Lines(text, "::error "));

        static int Lines(string text, string start) =>
            text.Split('\n').Count(l => l.StartsWith(start, StringComparison.Ordinal) && l.Contains("title=FC1907", StringComparison.Ordinal));
    }

    [Fact]
    public void JUnit_fails_the_unit_s_test_case()
    {
        var (_, plain) = Run("junit", asErrors: false);
        var (code, text) = Run("junit", asErrors: true);

        Assert.Equal(1, code);
        var before = Case(plain);
        Assert.Null(before.Element("failure"));
        Assert.Contains("warning FC1907", (string?)before.Element("system-out"), StringComparison.Ordinal);
        var after = Case(text);
        Assert.Equal("FC1907", (string?)after.Element("failure")?.Attribute("type"));
        Assert.Null(after.Element("system-out"));
        Assert.Equal("1", (string?)XDocument.Parse(text).Root!.Element("testsuite")!.Attribute("failures"));

        static XElement Case(string xml) =>
            XDocument.Parse(xml).Root!.Element("testsuite")!.Elements("testcase")
                .Single(c => ((string)c.Attribute("name")!).EndsWith("警告.yaml", StringComparison.Ordinal));
    }

    private (int Code, string Output) Run(string format, bool asErrors)
    {
        var output = new StringWriter();
        string[] arguments = asErrors ? ["check", _folder.Path, "-f", format, "--warnings-as-errors"] : ["check", _folder.Path, "-f", format];
        var code = FincompApp.Run(arguments, output, new StringWriter());
        return (code, output.ToString());
    }
}
