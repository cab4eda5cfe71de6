using Fincomp.Input;
using Fincomp.Tests.Checks;
using Xunit;

namespace Fincomp.Tests.Input;

/// <summary>Amounts written the way people say them get FC0105 with what to write instead.</summary>
public sealed class AmountHintTests
{
    [Theory]
    [InlineData("约340万元", "写确切的数，不要写“约”，不要写单位（金额一律以万元为单位）：写 340。")]
    [InlineData("340万元", "不要写单位（金额一律以万元为单位）：写 340。")]
    [InlineData("340.00元", "金额以万元为单位：340.00 元写作 0.034。")]
    [InlineData("¥340", "不要写货币符号：写 340（若是 340 元，则写 0.034）。")]
    [InlineData("３４０", "用半角数字：写 340。")]
    public void A_spoken_amount_says_what_to_write(string written, string advice)
    {
        var yaml = TestUnits.ReplaceOnce(ConsistentUnit.Yaml, "general_budget: 300.00", $"general_budget: {written}");

        var result = new UnitLoader().LoadText(yaml, "unit.yaml");

        var finding = Assert.Single(result.Diagnostics, d => d.Code == InputCodes.NotANumber);
        Assert.Equal($"'statement.income.general_budget'：应为数字，实际是 '{written}'；{advice}", finding.Message);
    }

    [Fact]
    public void A_YAML_syntax_error_is_explained_in_Chinese()
    {
        var result = new UnitLoader().LoadText("unit:\n  name: 甲\n   year: 2023\n", "unit.yaml");

        var finding = Assert.Single(result.Diagnostics);
        Assert.Equal(InputCodes.SyntaxError, finding.Code);
        Assert.StartsWith("YAML 语法错误：值里出现了“冒号加空格”，或缩进不对。", finding.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("While", finding.Message, StringComparison.Ordinal);
    }
}
