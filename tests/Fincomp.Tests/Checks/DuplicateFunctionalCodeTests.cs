using Xunit;

namespace Fincomp.Tests.Checks;

/// <summary>
/// A 项 is written once per fund source: the same code and source twice is an error at the second line that names the
/// first; the same code from two sources is one 项 paid from both.
/// </summary>
public sealed class DuplicateFunctionalCodeTests
{
    [Fact]
    public void A_repeated_code_names_both_lines()
    {
        var yaml = TestUnits.ReplaceOnce(ConsistentUnit.Yaml, "code: \"2013202\"", "code: \"2013201\"");

        var finding = Assert.Single(TestUnits.Check(yaml), d => d.Code == "FC1205");

        Assert.Equal(TestUnits.LineOf(yaml, "code: \"2013201\"\n      section_name"), finding.Span.Line);
        Assert.Equal(TestUnits.LineOf(yaml, "code: \"2013201\""), Assert.Single(finding.Related).Line);
        Assert.Contains("2013201（一般公共预算）已写过一行", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void One_code_from_two_fund_sources_is_one_item_not_a_repetition() =>
        Assert.DoesNotContain(TestUnits.Check(MixedFundUnit.Yaml), d => d.Code == "FC1205");

    [Fact]
    public void The_other_fund_part_written_twice_names_both_lines()
    {
        var yaml = TestUnits.ReplaceOnce(ConsistentUnit.Yaml, "code: \"2013299\"", "code: \"2013202\"");
        yaml = TestUnits.ReplaceOnce(
            yaml,
            "  income:\n    - { code: '2013201'",
            "    - code: \"2013202\"\n      fund: 其他资金\n      actual: 1.00\n      project: 1.00\n  income:\n    - { code: '2013201'");

        var finding = Assert.Single(TestUnits.Check(yaml), d => d.Code == "FC1205");

        Assert.Equal(TestUnits.LineOf(yaml, "code: \"2013202\"\n      fund: 其他资金\n      actual: 1.00"), finding.Span.Line);
        Assert.Equal(TestUnits.LineOf(yaml, "code: \"2013202\"\n      fund: 其他资金"), Assert.Single(finding.Related).Line);
        Assert.Contains("2013202（其他资金）已写过一行", finding.Message, StringComparison.Ordinal);
    }
}
