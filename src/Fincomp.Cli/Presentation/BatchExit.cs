using Fincomp.Batch;

namespace Fincomp.Cli.Presentation;

/// <summary>A batch's exit code: 2 if any unit could not be read, else 1 if any has errors it was not built for, else 0.</summary>
internal static class BatchExit
{
    public static int Code(IReadOnlyList<UnitOutcome> outcomes) =>
        outcomes.Any(o => o.Status == UnitStatus.Unreadable) ? ExitCodes.Unreadable
        : outcomes.Any(o => o.Status == UnitStatus.Failed) ? ExitCodes.Findings
        : ExitCodes.Clean;
}
