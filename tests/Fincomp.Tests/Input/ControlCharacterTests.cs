using System.Text;
using Fincomp.Batch;
using Fincomp.Batch.Summary;
using Fincomp.Input;
using Fincomp.Tests.Checks;
using Fincomp.Tests.Support;
using Xunit;

namespace Fincomp.Tests.Input;

/// <summary>
/// Characters a report cannot hold are refused whether written raw or through a YAML escape, at the value's line and in
/// Chinese, and nothing fincomp prints carries them raw (no terminal colours, no forged diagnostic lines).
/// </summary>
public sealed class ControlCharacterTests : IDisposable
{
    private readonly TemporaryFolder _folder = new("fincomp-control-");

    public void Dispose() => _folder.Dispose();

    [Theory]
    [InlineData("\\0")]
    [InlineData("\\x07")]
    [InlineData("\\e")]
    [InlineData("\\v")]
    [InlineData("\\u0001")]
    [InlineData("\\uFFFE")]
    [InlineData("\\x85")]
    [InlineData("\\u2028")]
    [InlineData("\\x7F")]
    public void An_escape_that_decodes_to_a_control_character_is_refused_at_its_value(string escape)
    {
        var yaml = TestUnits.ReplaceOnce(ConsistentUnit.Yaml, "short_name: 测试", $"short_name: \"测{escape}试\"");

        var result = new UnitLoader().LoadText(yaml, "unit.yaml");

        Assert.Null(result.Unit);
        var error = Assert.Single(result.Diagnostics, d => d.Code == InputCodes.NulByte);
        Assert.Equal(TestUnits.LineOf(yaml, "short_name"), error.Span.Line);
        Assert.Contains("控制字符", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\u2028")]
    [InlineData("\u0085")]
    [InlineData("\u2029")]
    [InlineData("\u007F")]
    public void A_raw_separator_or_control_character_is_a_chinese_error_on_its_line(string character)
    {
        var yaml = TestUnits.ReplaceOnce(ConsistentUnit.Yaml, "short_name: 测试", $"short_name: 测{character}试");

        var result = new UnitLoader().LoadText(yaml, "unit.yaml");

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(InputCodes.NulByte, error.Code);
        Assert.Equal(TestUnits.LineOf(yaml, "short_name"), error.Span.Line);
        Assert.Contains("控制字符", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Tabs_and_line_breaks_in_values_are_still_text()
    {
        var yaml = TestUnits.ReplaceOnce(ConsistentUnit.Yaml, "short_name: 测试", "short_name: \"测\\t试\"");
        Assert.NotNull(new UnitLoader().LoadText(yaml, "unit.yaml").Unit);
    }

    [Fact]
    public void A_name_cannot_forge_a_diagnostic_line_or_colour_the_terminal()
    {
        var file = Path.Combine(_folder.Path, "unit.yaml");
        File.WriteAllText(file, TestUnits.ReplaceOnce(ConsistentUnit.Yaml, "short_name: 测试", "short_nam\\e: 1\n\"\\e[31m红\\nfake.yaml(1,1): error FC0000: 伪造\": 1"));
        var writer = new StringWriter();

        Fincomp.Cli.FincompApp.Run(["check", file], writer, writer);

        var output = writer.ToString();
        Assert.DoesNotContain('\u001B', output);
        Assert.DoesNotContain(output.Split('\n'), line => line.StartsWith("fake.yaml", StringComparison.Ordinal));
        Assert.Contains("FC0009", output, StringComparison.Ordinal);
    }

    [Fact]
    public void The_summary_takes_a_file_name_with_control_characters_and_neutralises_formulas()
    {
        var outcomes = new[]
        {
            new UnitOutcome("a\u0007\u001B[31m.yaml", UnitStatus.Unreadable, [], [], TimeSpan.Zero),
            new UnitOutcome("=HYPERLINK(\"http://x\").yaml", UnitStatus.Unreadable, [], [], TimeSpan.Zero),
            new UnitOutcome("@SUM(1).yaml", UnitStatus.Unreadable, [], [], TimeSpan.Zero),
        };
        var rows = SummaryRows.From(outcomes);
        foreach (var writer in new ISummaryWriter[] { new CsvSummaryWriter(), new JsonSummaryWriter(), new XlsxSummaryWriter() })
        {
            using var stream = new MemoryStream();
            writer.Write([.. rows, .. SummaryRows.Totals(rows)], stream);
            Assert.True(stream.Length > 0);
        }

        using var csv = new MemoryStream();
        new CsvSummaryWriter().Write(rows, csv);
        var text = Encoding.UTF8.GetString(csv.ToArray());
        Assert.DoesNotContain('\u0007', text);
        Assert.Contains("'=HYPERLINK", text, StringComparison.Ordinal);
        Assert.Contains("'@SUM(1).yaml", text, StringComparison.Ordinal);
        Assert.DoesNotContain(text.Split("\r\n"), line => line.StartsWith('=') || line.StartsWith("\"=", StringComparison.Ordinal) || line.StartsWith('@'));
    }
}
