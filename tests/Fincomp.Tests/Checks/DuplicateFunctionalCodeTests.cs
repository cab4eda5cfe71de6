using Xunit;

namespace Fincomp.Tests.Checks;

/// <summary>A 项 written twice is an error at the second line that names the first.</summary>
public sealed class DuplicateFunctionalCodeTests
{
    [Fact]
    public void A_repeated_code_names_both_lines()
    {
        var yaml = TestUnits.ReplaceOnce(ConsistentUnit.Yaml, "code: \"2013202\"", "code: \"2013201\"");

        var finding = Assert.Single(TestUnits.Check(yaml), d => d.Code == "FC1205");

        Assert.Equal(TestUnits.LineOf(yaml, "code: \"2013201\"\n      section_name"), finding.Span.Line);
        Assert.Equal(TestUnits.LineOf(yaml, "code: \"2013201\""), Assert.Single(finding.Related).Line);
        Assert.Contains("2013201", finding.Message, StringComparison.Ordinal);
    }
}
