using System.Text.RegularExpressions;
using Fincomp.Input;
using Xunit;

namespace Fincomp.Tests.Input;

/// <summary>
/// A YAML syntax error is FC0001 at the line and column of the fault, in Chinese, saying what to change; no English
/// text of the YAML library reaches the clerk.
/// </summary>
public sealed partial class YamlSyntaxMessageTests
{
    [Theory]
    [InlineData("unit:\n  name: [a\n  year: 2023\n", 2, 9, "方括号 [ 没有配对")]
    [InlineData("unit:\n  name: {a: 1\n  year: 2023\n", 2, 9, "花括号 { 没有配对")]
    [InlineData("unit:\n  name: {a: 1\n", 2, 9, "花括号 { 没有配对")]
    [InlineData("unit:\n  name: [a, b\n", 2, 9, "方括号 [ 没有配对")]
    [InlineData("unit:\n  name: [a, b", 2, 9, "方括号 [ 没有配对")]
    [InlineData("unit:\n  name: [a, b\n\n  \n", 2, 9, "方括号 [ 没有配对")]
    [InlineData("unit:\n  name: [a,\n    b\n", 2, 9, "方括号 [ 没有配对")]
    [InlineData("unit:\n  name: \"甲\n", 2, 9, "引号或括号没有配对")]
    [InlineData("unit:\n  name: '甲\n", 2, 9, "引号或括号没有配对")]
    [InlineData("unit:\n  name: 甲\n year: 2023\n", 3, 2, "缩进不一致")]
    [InlineData("unit:\n  name: 甲\n   year: 2023\n", 3, 8, "冒号加空格")]
    [InlineData("- a\nb: c\n", 2, 1, "")]
    [InlineData("unit: @x\n", 1, 7, "请给文字加引号")]
    [InlineData("a: b: c\n", 1, 5, "冒号加空格")]
    [InlineData("a: [\n", 1, 4, "方括号 [ 没有配对")]
    [InlineData("key: \"a\\q\"\n", 1, 6, "反斜杠")]
    public void A_syntax_error_is_explained_in_Chinese_at_its_place(string yaml, int line, int column, string hint)
    {
        var result = new UnitLoader().LoadText(yaml, "unit.yaml");

        var finding = Assert.Single(result.Diagnostics);
        Assert.Equal(InputCodes.SyntaxError, finding.Code);
        Assert.Equal((line, column), (finding.Span.Line, finding.Span.Column));
        Assert.StartsWith("YAML 语法错误：", finding.Message, StringComparison.Ordinal);
        Assert.Contains(hint, finding.Message, StringComparison.Ordinal);
        Assert.Equal("", string.Join(' ', LatinWord().Matches(finding.Message).Select(m => m.Value).Where(w => w is not ("YAML" or "name"))));
    }

    /// <summary>
    /// A word of the YAML library's messages ("While", "parsing", "expected"); the allowed ones are YAML and the key of
    /// an example (name: "甲：乙"); single letters are examples such as [a, b].
    /// </summary>
    [GeneratedRegex("[A-Za-z]{3,}")]
    private static partial Regex LatinWord();
}
