using Fincomp.Checks;
using Fincomp.Diagnostics;
using Xunit;

namespace Fincomp.Tests.Checks;

/// <summary>The unit file's <c>checks:</c> section switches rules off or changes their severity, with a reason.</summary>
public sealed class OverrideTests
{
    private static readonly string Broken = TestUnits.ReplaceOnce(ConsistentUnit.Yaml, "income_total: 320.00", "income_total: 321.00");

    [Fact]
    public void A_rule_switched_off_reports_nothing()
    {
        var findings = TestUnits.Check(Broken + "checks:\n  FC1101:\n    severity: off\n    reason: 原表如此\n");

        Assert.DoesNotContain(findings, d => d.Code == "FC1101");
    }

    [Fact]
    public void A_changed_severity_applies_to_the_rule_findings()
    {
        var findings = TestUnits.Check(Broken + "checks:\n  FC1101:\n    severity: warning\n    reason: 原表如此\n");

        Assert.Contains(findings, d => d.Code == "FC1101" && d.Severity == Severity.Warning);
    }

    [Fact]
    public void An_override_of_an_unknown_code_is_a_warning_at_the_override()
    {
        var yaml = ConsistentUnit.Yaml + "checks:\n  FC1999:\n    severity: off\n    reason: 笔误\n";

        var findings = TestUnits.Check(yaml);

        var finding = Assert.Single(findings);
        Assert.Equal(UnitChecker.UnknownOverrideCode, finding.Code);
        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.Equal(TestUnits.LineOf(yaml, "    severity: off"), finding.Span.Line);
    }
}
