using Fincomp.Batch;
using Fincomp.Diagnostics;
using Spectre.Console;

namespace Fincomp.Cli.Presentation;

/// <summary>
/// Runs a batch while showing progress: a progress bar on a terminal, otherwise one plain line per finished unit
/// (in finishing order) followed by its errors, so a CI log says which unit failed and why as soon as it does.
/// </summary>
internal static class BatchProgress
{
    public static IReadOnlyList<UnitOutcome> Run(ConsoleTarget target, IReadOnlyList<string> files, int jobs, Func<string, UnitOutcome> work, string verb)
    {
        if (target.IsInteractive)
        {
            IReadOnlyList<UnitOutcome> outcomes = [];
            AnsiConsole.Progress().Start(context =>
            {
                var task = context.AddTask(verb, maxValue: files.Count);
                outcomes = BatchRunner.Run(files, jobs, work, _ => task.Increment(1));
            });
            foreach (var outcome in outcomes.Where(o => o.Status is UnitStatus.Failed or UnitStatus.Unreadable))
            {
                WriteFindings(target.Output, outcome);
            }

            return outcomes;
        }

        var gate = new object();
        var done = 0;
        return BatchRunner.Run(files, jobs, work, outcome =>
        {
            lock (gate)
            {
                done++;
                target.Output.WriteLine($"[{done}/{files.Count}] {SummaryTable.StatusWord(outcome.Status)} {outcome.File}{Arrow(outcome)}");
                WriteFindings(target.Output, outcome);
            }
        });
    }

    private static string Arrow(UnitOutcome outcome) =>
        outcome.Outputs.Count == 0 ? "" : " → " + string.Join("、", outcome.Outputs);

    private static void WriteFindings(TextWriter output, UnitOutcome outcome)
    {
        // The unit's check warnings are for `fincomp check`; a build shows its errors and the warnings about what it wrote.
        foreach (var diagnostic in outcome.Diagnostics.Where(d => d.Severity == Severity.Error || d.Code == Fincomp.Narrative.NarrativeCodes.PdfFontsMissing))
        {
            output.WriteLine("  " + diagnostic);
        }

        if (outcome.Failure is { } failure)
        {
            output.WriteLine("  " + failure);
        }

        if (outcome.Status == UnitStatus.Failed)
        {
            output.WriteLine($"  未生成：核对发现 {outcome.Errors} 个错误（改正后重新生成，或用 --force 强制生成）。");
        }
    }
}
