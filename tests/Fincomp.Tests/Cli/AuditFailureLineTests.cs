using Fincomp.Batch;
using Fincomp.Cli.Presentation;
using Fincomp.Diagnostics;
using Xunit;

namespace Fincomp.Tests.Cli;

/// <summary>
/// A unit whose report failed the self-audit shows the audit finding first: `fincomp check` of the unit file cannot
/// show it, while the consistency errors a forced build let through can be listed that way.
/// </summary>
public sealed class AuditFailureLineTests
{
    private static readonly Diagnostic Consistency = new("FC1401", Severity.Error, "财政拨款收支不平衡。", new SourceSpan("u.yaml", 40, 21));
    private static readonly Diagnostic Audit = new("FC2001", Severity.Error, "自检：本年支出合计与其组成部分之和不符。", SourceSpan.At("templates/sichuan/05-tables.scriban", "表1"));

    [Fact]
    public void The_audit_finding_comes_before_the_consistency_errors_of_a_forced_build()
    {
        var outcome = new UnitOutcome("u.yaml", UnitStatus.AuditFailed, [Consistency, Audit], [], TimeSpan.Zero);

        var line = BatchProgress.FirstProblem(outcome);

        Assert.StartsWith(Audit.ToString(), line, StringComparison.Ordinal);
        Assert.Contains("单位数据有核对错误", line, StringComparison.Ordinal);
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
