using Fincomp.Batch;

namespace Fincomp.Cli.Presentation;

/// <summary>
/// A batch's exit code: 2 if any unit could not be read or its report would collide with another file (a command-line
/// or manifest problem), else 4 if the templates (or reference document, chart font)
/// failed or a report failed the self-audit (a defect of fincomp or of a template, not of the unit's data), else 3 if a
/// report could not be written, else 1 if any unit has errors (also when <c>--force</c> built it anyway, so CI
/// notices), else 0. The worst cause wins: the one whose fix must come first.
/// </summary>
internal static class BatchExit
{
    public static int Code(IReadOnlyList<UnitOutcome> outcomes) =>
        outcomes.Any(o => o.Status is UnitStatus.Unreadable or UnitStatus.OutputConflict or UnitStatus.DuplicateUnit) ? ExitCodes.Unreadable
        : outcomes.Any(o => o.Status is UnitStatus.TemplateFailed or UnitStatus.AuditFailed) ? ExitCodes.TemplateFailed
        : outcomes.Any(o => o.Status == UnitStatus.WriteFailed) ? ExitCodes.WriteFailed
        : outcomes.Any(o => o.Status is UnitStatus.Failed or UnitStatus.Forced) ? ExitCodes.Findings
        : ExitCodes.Clean;
}
