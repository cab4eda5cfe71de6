using Fincomp.Diagnostics;
using Fincomp.Document;
using Fincomp.Tests.Audit;
using Fincomp.Tests.Checks;
using Xunit;

namespace Fincomp.Tests.Derivation;

/// <summary>
/// The 其他资金 line of a mixed 项 (<see cref="MixedFundUnit"/>) written with a budget and a reason: the text compares
/// only the 一般公共预算 part, so neither is printed, and the checker says so at each key instead of dropping them.
/// </summary>
public sealed class MixedFundBudgetTests
{
    private static readonly string Yaml = TestUnits.ReplaceOnce(
        MixedFundUnit.Yaml,
        "fund: 其他资金\n      actual: 20.00\n",
        "fund: 其他资金\n      budget: 25.00\n      actual: 20.00\n      reason: 其他资金部分未完全到位\n");

    [Fact]
    public void The_other_funds_budget_and_reason_are_reported_where_they_are_written()
    {
        var findings = TestUnits.Check(Yaml).Where(d => d.Code == "FC1707").ToList();

        Assert.Equal([TestUnits.LineOf(Yaml, "budget: 25.00"), TestUnits.LineOf(Yaml, "reason: 其他资金部分未完全到位")], findings.Select(d => d.Span.Line));
        Assert.All(findings, d => Assert.Equal(Severity.Warning, d.Severity));
        Assert.Contains("不印出", findings[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_other_funds_line_is_not_asked_for_a_reason_the_text_would_not_print()
    {
        var withoutReason = TestUnits.ReplaceOnce(Yaml, "      reason: 其他资金部分未完全到位\n", string.Empty);

        Assert.DoesNotContain(TestUnits.Check(withoutReason), d => d.Code is "FC1701" or "FC1703" or "FC1705" or "FC1706");
        Assert.Single(TestUnits.Check(withoutReason), d => d.Code == "FC1707");
    }

    [Fact]
    public void Neither_is_printed()
    {
        var text = TextProjection.Project(AuditedBuild.Compile(TestUnits.Load(Yaml)).Document!);

        Assert.DoesNotContain("其他资金部分未完全到位", text, StringComparison.Ordinal);
        Assert.Contains("一般行政管理事务（02）：支出决算为150万元，完成预算100%", text, StringComparison.Ordinal);
    }
}
