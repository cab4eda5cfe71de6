using System.Text;
using Fincomp.Checks;
using Fincomp.Input;
using Fincomp.Tests.Checks;
using Xunit;

namespace Fincomp.Tests.Input;

/// <summary>
/// One text value has a length limit, refused at the value with the key and the limit; below it, a text that repeats a
/// fault thousands of times gives at most <see cref="TextField.MaxFindings"/> findings per rule and one that counts the
/// rest (a 350,000-character duty once took minutes to check and printed 43,750 findings).
/// </summary>
public sealed class TextLengthTests
{
    private const string Duty = "    - 负责本单位组织工作。";

    [Fact]
    public void A_text_over_the_limit_is_refused_at_its_value_with_its_key_and_the_limit()
    {
        var yaml = TestUnits.ReplaceOnce(ConsistentUnit.Yaml, Duty, $"{Duty}\n    - {new string('职', TextLimit.MaxCharacters + 1)}");

        var result = new UnitLoader().LoadText(yaml, "unit.yaml");

        Assert.Null(result.Unit);
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(InputCodes.TextTooLong, error.Code);
        Assert.Equal("unit.yaml", error.Span.File);
        Assert.Equal(TestUnits.LineOf(yaml, Duty) + 1, error.Span.Line);
        Assert.Equal(7, error.Span.Column);
        Assert.Contains("'profile.duties'", error.Message, StringComparison.Ordinal);
        Assert.Contains("10,001 个字符", error.Message, StringComparison.Ordinal);
        Assert.Contains("10,000 个字符的上限", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_text_at_the_limit_is_read_and_characters_beyond_the_BMP_count_once()
    {
        var atLimit = new string('职', TextLimit.MaxCharacters - 2) + "𠀀𠀀";
        var yaml = TestUnits.ReplaceOnce(ConsistentUnit.Yaml, "short_name: 测试", $"short_name: {atLimit}");

        var result = new UnitLoader().LoadText(yaml, "unit.yaml");

        Assert.DoesNotContain(result.Diagnostics, d => d.Code == InputCodes.TextTooLong);
        Assert.Equal(atLimit, result.Unit!.Unit.ShortName);
    }

    [Fact]
    public void A_fault_repeated_thousands_of_times_is_listed_at_most_twenty_times_and_counted()
    {
        var doubled = string.Concat(Enumerable.Repeat("不不", 4_000));
        var yaml = TestUnits.ReplaceOnce(ConsistentUnit.Yaml, Duty, $"{Duty}\n    - {doubled}");

        var findings = TestUnits.Check(yaml).Where(d => d.Code == "FC1905").ToList();

        Assert.Equal(TextField.MaxFindings + 1, findings.Count);
        var line = TestUnits.LineOf(yaml, Duty) + 1;
        Assert.All(findings, f => Assert.Equal(line, f.Span.Line));
        var count = Assert.Single(findings, f => f.Message.Contains("处同类问题未列出", StringComparison.Ordinal));
        var unlisted = int.Parse(System.Text.RegularExpressions.Regex.Match(count.Message, "还有 ([0-9]+) 处").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(unlisted >= 4_000 - TextField.MaxFindings, $"{unlisted} unlisted");
    }

    [Theory]
    [InlineData("）", "FC1906")]
    [InlineData("，。", "FC1906")]
    [InlineData("测试,", "FC1907")]
    [InlineData("原因是。", "FC1908")]
    [InlineData("一是三是", "FC1909")]
    public void Every_per_text_rule_stops_listing_at_twenty(string fault, string code)
    {
        var text = new StringBuilder();
        while (text.Length + fault.Length <= TextLimit.MaxCharacters)
        {
            text.Append(fault);
        }

        var yaml = TestUnits.ReplaceOnce(ConsistentUnit.Yaml, Duty, $"{Duty}\n    - \"{text}\"");

        var findings = TestUnits.Check(yaml).Where(d => d.Code == code).ToList();

        Assert.Equal(TextField.MaxFindings + 1, findings.Count);
        Assert.Single(findings, f => f.Message.Contains("处同类问题未列出", StringComparison.Ordinal));
    }
}
