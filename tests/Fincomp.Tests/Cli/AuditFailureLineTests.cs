using Fincomp.Batch;
using Fincomp.Cli.Presentation;
using Fincomp.Diagnostics;
using Xunit;

namespace Fincomp.Tests.Cli;

/// <summary>
/// A unit whose report failed the self-audit: with no consistency errors the audit finding comes first and is called a
/// defect of fincomp or the template; with consistency errors (a forced build) those errors are the cause, so they come
/// first and the line says one thing: fix what `fincomp check` lists, --force cannot write a contradictory report.
/// </summary>
public sealed class AuditFailureLineTests
{
    private static readonly Diagnostic Consistency = new("FC1401", Severity.Error, "财政拨款收支不平衡。", new SourceSpan("u.yaml", 40, 21));
    private static readonly Diagnostic Audit = new("FC2001", Severity.Error, "自检：本年支出合计与其组成部分之和不符。", SourceSpan.At("templates/sichuan/05-tables.scriban", "表1"));

    [Fact]
    public void With_consistency_errors_they_come_first_and_the_line_does_not_suggest_force_or_a_defect()
    {
        var outcome = new UnitOutcome("u.yaml", UnitStatus.AuditFailed, [Audit, Consistency], [], TimeSpan.Zero);

        var line = BatchProgress.FirstProblem(outcome);

        Assert.StartsWith(Consistency.ToString(), line, StringComparison.Ordinal);
        Assert.Contains("先改正 fincomp check 列出的核对错误", line, StringComparison.Ordinal);
        Assert.DoesNotContain("用 --force", line, StringComparison.Ordinal);
        Assert.DoesNotContain("缺陷", line, StringComparison.Ordinal);
        Assert.DoesNotContain("另有", line, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_consistency_errors_an_audit_failure_is_called_a_defect_of_fincomp_or_the_template()
    {
        var outcome = new UnitOutcome("u.yaml", UnitStatus.AuditFailed, [Audit], [], TimeSpan.Zero);

        var line = BatchProgress.FirstProblem(outcome);

        Assert.StartsWith(Audit.ToString(), line, StringComparison.Ordinal);
        Assert.Contains("这是 fincomp 或模板的缺陷", line, StringComparison.Ordinal);
    }
}
