using Fincomp.Batch;
using Fincomp.Cli.Presentation;
using Fincomp.Diagnostics;
using Xunit;

namespace Fincomp.Tests.Cli;

/// <summary>A report written with warnings says how many beside its line; one written without says nothing more.</summary>
public sealed class WarningsLineTests
{
    private static readonly Diagnostic Warning = new("FC0206", Severity.Warning, "上年数据文件是另一个单位的。", new SourceSpan("u.yaml", 5, 1));
    private static readonly Diagnostic Info = new("FC1106", Severity.Info, "四舍五入误差之内。", new SourceSpan("u.yaml", 9, 1));

    [Fact]
    public void A_report_with_warnings_counts_them_and_names_the_check_that_lists_them()
    {
        var outcome = new UnitOutcome("u.yaml", UnitStatus.Succeeded, [Warning, Info, Warning], [], TimeSpan.Zero);

        Assert.Equal("有 2 条警告，报告已生成：fincomp check u.yaml 列出全部。", BatchProgress.WarningsLine(outcome));
    }

    [Fact]
    public void A_report_without_warnings_gets_no_line()
    {
        var outcome = new UnitOutcome("u.yaml", UnitStatus.Succeeded, [Info], [], TimeSpan.Zero);

        Assert.Null(BatchProgress.WarningsLine(outcome));
    }
}
