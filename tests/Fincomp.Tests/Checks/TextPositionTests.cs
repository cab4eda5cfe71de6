using Xunit;

namespace Fincomp.Tests.Checks;

/// <summary>
/// A finding about a fragment of a text points at the fragment's own line and column, whatever the YAML style of the
/// scalar, and an item of a list of texts at the item's line.
/// </summary>
public sealed class TextPositionTests
{
    [Theory]
    [InlineData("reason: 厉行节约，不不浪费")]
    [InlineData("reason: \"厉行节约，不不浪费\"")]
    [InlineData("reason: '厉行节约，不不浪费'")]
    [InlineData("reason: |\n    厉行节约，\n    杜绝不不浪费")]
    [InlineData("reason: >\n    厉行节约，\n    杜绝不不浪费")]
    [InlineData("reason: 厉行节约，\n    杜绝不不浪费")]
    public void The_doubled_character_is_located_in_every_scalar_style(string written)
    {
        var yaml = TestUnits.ReplaceOnce(ConsistentUnit.Yaml, "reason: 厉行节约", written);

        var finding = Assert.Single(TestUnits.Check(yaml), d => d.Code == "FC1905");

        var (line, column) = PositionOf(yaml, "不不", 1);
        Assert.Equal((line, column), (finding.Span.Line, finding.Span.Column));
    }

    [Fact]
    public void An_escape_sequence_falls_back_to_the_start_of_the_text()
    {
        var yaml = TestUnits.ReplaceOnce(ConsistentUnit.Yaml, "reason: 厉行节约", "reason: \"\\u5389行节约，不不浪费\"");

        var finding = Assert.Single(TestUnits.Check(yaml), d => d.Code == "FC1905");

        Assert.Equal(PositionOf(yaml, "\"\\u5389", 0), (finding.Span.Line, finding.Span.Column));
    }

    [Fact]
    public void An_item_of_a_list_of_texts_is_reported_at_its_own_line()
    {
        var yaml = TestUnits.ReplaceOnce(ConsistentUnit.Yaml, "    - 负责本单位组织工作。\n", "    - 负责本单位组织工作。\n    - 负责本单位宣传工作。。\n");

        var finding = Assert.Single(TestUnits.Check(yaml), d => d.Code == "FC1906");

        Assert.Equal(PositionOf(yaml, "。。", 1), (finding.Span.Line, finding.Span.Column));
        Assert.Contains("第 2 条", finding.Message, StringComparison.Ordinal);
    }

    /// <summary>The 1-based line and column of the character <paramref name="plus"/> after the start of <paramref name="fragment"/>.</summary>
    private static (int Line, int Column) PositionOf(string text, string fragment, int plus)
    {
        var index = text.IndexOf(fragment, StringComparison.Ordinal) + plus;
        var lineStart = text.LastIndexOf('\n', index - 1) + 1;
        return (text.AsSpan(0, index).Count('\n') + 1, index - lineStart + 1);
    }
}
