using Fincomp.Batch;

namespace Fincomp.Cli.Presentation;

/// <summary>
/// A batch's exit code: 2 if any unit could not be read or its report failed the self-audit (a defect of fincomp or of a
/// template, as a template error is), else 1 if any has errors (also when <c>--force</c> built it anyway, so CI
/// notices), else 0.
/// </summary>
internal static class BatchExit
{
    public static int Code(IReadOnlyList<UnitOutcome> outcomes) =>
        outcomes.Any(o => o.Status is UnitStatus.Unreadable or UnitStatus.AuditFailed) ? ExitCodes.Unreadable
        : outcomes.Any(o => o.Status is UnitStatus.Failed or UnitStatus.Forced) ? ExitCodes.Findings
        : ExitCodes.Clean;
}
