using Xunit;

namespace Fincomp.Tests.Checks;

/// <summary>FC1601: 机关运行经费 never exceeds 公用经费; only a pure 行政单位 is expected to have the two equal.</summary>
public sealed class OperatingCostsRuleTests
{
    private static string With(string kind, bool includesInstitutions, string amount)
    {
        var yaml = TestUnits.ReplaceOnce(ConsistentUnit.Yaml, "kind: 行政单位", includesInstitutions ? $"kind: {kind}\n  includes_institutions: true" : $"kind: {kind}");
        return TestUnits.ReplaceOnce(yaml, "amount: 50.00", $"amount: {amount}");
    }

    [Theory]
    [InlineData("行政单位", true, "45.00")]
    [InlineData("参照公务员法管理", false, "45.00")]
    [InlineData("参照公务员法管理", true, "45.00")]
    [InlineData("行政单位", false, "50.00")]
    [InlineData("行政单位", true, "50.00")]
    public void Less_or_equal_is_fine_unless_the_unit_is_a_pure_administrative_one(string kind, bool includesInstitutions, string amount)
    {
        var findings = TestUnits.Check(With(kind, includesInstitutions, amount));

        Assert.DoesNotContain(findings, d => d.Code == "FC1601");
    }

    [Fact]
    public void A_pure_administrative_unit_with_less_gets_a_warning()
    {
        var finding = Assert.Single(TestUnits.Check(With("行政单位", false, "45.00")), d => d.Code == "FC1601");

        Assert.Equal(Fincomp.Diagnostics.Severity.Warning, finding.Severity);
        Assert.Contains("不符", finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("行政单位", true)]
    [InlineData("参照公务员法管理", false)]
    [InlineData("行政单位", false)]
    public void More_than_the_public_costs_is_always_a_warning(string kind, bool includesInstitutions)
    {
        var yaml = With(kind, includesInstitutions, "55.00");

        var finding = Assert.Single(TestUnits.Check(yaml), d => d.Code == "FC1601");

        Assert.Equal(TestUnits.LineOf(yaml, "amount: 55.00"), finding.Span.Line);
        Assert.Contains("机关运行经费 55 超过公用经费 50", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_public_costs_compared_are_the_ones_the_report_prints()
    {
        // 公用经费 87.44 is set aside for its 款 87.45 (FC1107); the report prints 87.45 beside 机关运行经费 87.45.
        var findings = Fincomp.Tests.Derivation.FigureFixtures.Check("public-cent-below-items");

        Assert.Contains(findings, d => d.Code == "FC1107");
        Assert.DoesNotContain(findings, d => d.Code == "FC1601");
    }

    [Fact]
    public void More_than_the_printed_public_costs_is_named_with_the_printed_figure()
    {
        var yaml = TestUnits.ReplaceOnce(Fincomp.Tests.Derivation.FigureFixtures.Text("public-cent-below-items"), "  amount: 87.45\n", "  amount: 87.47\n");

        var finding = Assert.Single(TestUnits.Check(yaml), d => d.Code == "FC1601");

        Assert.Contains("机关运行经费 87.47 超过公用经费 87.45", finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("50.00", null)]
    [InlineData("55.00", "机关运行经费 55 超过公用经费 50")]
    [InlineData("45.00", "不符")]
    public void Without_a_declared_public_figure_the_printed_sum_of_its_items_is_compared(string amount, string? message)
    {
        // No basic_expenditure.public: the report prints 公用经费 50 as 办公费 46 + 公务用车运行维护费 4, and the rule
        // weighs the 机关运行经费 against that figure rather than falling silent.
        var yaml = TestUnits.ReplaceOnce(With("行政单位", false, amount), "  public: 50.00\n", string.Empty);

        var findings = TestUnits.Check(yaml);

        if (message is null)
        {
            Assert.DoesNotContain(findings, d => d.Code == "FC1601");
        }
        else
        {
            var finding = Assert.Single(findings, d => d.Code == "FC1601");
            Assert.Contains(message, finding.Message, StringComparison.Ordinal);
            Assert.Equal(TestUnits.LineOf(yaml, "amount: " + amount), finding.Span.Line);
        }
    }
}
