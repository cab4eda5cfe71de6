using System.Diagnostics;
using System.Globalization;
using Fincomp.Batch;
using Fincomp.Narrative;
using Fincomp.Diagnostics;
using Spectre.Console;

namespace Fincomp.Cli.Presentation;

/// <summary>
/// Runs a batch while showing progress. On a terminal: a bar with k/N, the unit being worked on and the time left, and
/// each failure printed above it the moment it happens. Otherwise (CI logs, tests): one plain line per finished unit in
/// finishing order — <c>[k/N] 状态 文件</c>, the remaining time, and for a failure its first error — so a log says which
/// unit failed and why as soon as it does.
/// </summary>
internal static class BatchProgress
{
    public static IReadOnlyList<UnitOutcome> Run(ConsoleTarget target, IReadOnlyList<string> files, int jobs, Func<string, UnitOutcome> work, string verb)
    {
        var started = Stopwatch.GetTimestamp();
        if (target.IsInteractive)
        {
            IReadOnlyList<UnitOutcome> outcomes = [];
            AnsiConsole.Progress()
                .Columns(new TaskDescriptionColumn { Alignment = Justify.Left }, new ProgressBarColumn(), new RemainingTimeColumn())
                .Start(context =>
                {
                    var task = context.AddTask(verb, maxValue: files.Count);
                    var done = 0;
                    outcomes = BatchRunner.Run(
                        files,
                        jobs,
                        file =>
                        {
                            task.Description = Markup.Escape($"{verb} {Volatile.Read(ref done)}/{files.Count} {Path.GetFileName(file)}");
                            return work(file);
                        },
                        outcome =>
                        {
                            Interlocked.Increment(ref done);
                            if (IsFailure(outcome))
                            {
                                AnsiConsole.WriteLine(FailureLine(outcome));
                            }
                            else if (WarningsLine(outcome) is { } warnings)
                            {
                                AnsiConsole.WriteLine($"{SummaryTable.StatusWord(outcome.Status)} {outcome.File}\n  {warnings}");
                            }

                            task.Increment(1);
                        });
                });
            return outcomes;
        }

        var gate = new object();
        var finished = 0;
        return BatchRunner.Run(files, jobs, work, outcome =>
        {
            lock (gate)
            {
                finished++;
                var eta = finished < files.Count ? Remaining(started, finished, files.Count) : "";
                target.Output.WriteLine($"[{finished}/{files.Count}] {SummaryTable.StatusWord(outcome.Status)} {outcome.File}{Arrow(outcome)}{eta}");
                if (IsFailure(outcome))
                {
                    target.Output.WriteLine("  " + FirstProblem(outcome));
                }
                else if (WarningsLine(outcome) is { } warnings)
                {
                    target.Output.WriteLine("  " + warnings);
                }

                // A PDF written with stand-in fonts, a contents without the page numbers asked for, charts in a font
                // without Chinese glyphs: not ready to publish, so say so beside the unit's line.
                foreach (var warning in outcome.Diagnostics.Where(d => d.Code is NarrativeCodes.PdfFontsMissing
                    or NarrativeCodes.ContentsPagesMissing or NarrativeCodes.ChartFontLacksChinese))
                {
                    target.Output.WriteLine("  " + warning);
                }
            }
        });
    }

    private static bool IsFailure(UnitOutcome outcome) => outcome.Status != UnitStatus.Succeeded;

    /// <summary>
    /// A report written with warnings says how many, so a clerk who only builds still learns that something (a key the
    /// template needed, a previous year of another unit) deserves a look before publication.
    /// </summary>
    internal static string? WarningsLine(UnitOutcome outcome)
    {
        var count = outcome.Diagnostics.Count(d => d.Severity == Severity.Warning);
        return count == 0 ? null : $"有 {count} 条警告，报告已生成：fincomp check {outcome.File} 列出全部。";
    }

    private static string FailureLine(UnitOutcome outcome) =>
        $"{SummaryTable.StatusWord(outcome.Status)} {outcome.File}\n  {FirstProblem(outcome)}";

    /// <summary>The first error and how many more there are; the whole list is one <c>fincomp check</c> away.</summary>
    internal static string FirstProblem(UnitOutcome outcome)
    {
        // What stopped the unit comes first: an input or build error (FC0xxx), then a self-audit finding (which
        // `fincomp check` of the unit file cannot show), before the consistency findings --force let through.
        // When the unit's own errors are there too, the self-audit finding is their consequence, not a defect of
        // fincomp: the consistency error is what the clerk must fix, so it comes before the audit finding.
        var dataErrors = outcome.Diagnostics.Any(d => d.Severity == Severity.Error && d.Code.StartsWith("FC1", StringComparison.Ordinal));
        var errors = outcome.Diagnostics.Where(d => d.Severity == Severity.Error)
            .OrderBy(d => d.Code.StartsWith("FC0", StringComparison.Ordinal) ? 0
                : Fincomp.Audit.AuditCodes.IsAuditFinding(d.Code) ? (dataErrors ? 2 : 1) : (dataErrors ? 1 : 2)).ToList();
        var first = outcome.Failure ?? errors.FirstOrDefault()?.ToString() ?? "";
        // With the unit's own errors, the audit findings are not counted: `fincomp check` lists the rest, not them.
        var listed = dataErrors ? errors.Count(d => !Fincomp.Audit.AuditCodes.IsAuditFinding(d.Code)) : errors.Count;
        var more = outcome.Failure is null ? listed - 1 : listed;
        var rest = more > 0 ? $"\n  另有 {more} 个错误：fincomp check {outcome.File} 列出全部。" : "";
        var notBuilt = outcome.Status switch
        {
            UnitStatus.Failed => "\n  未生成：改正后重新生成，或用 --force 强制生成。",
            UnitStatus.AuditFailed when dataErrors =>
                "\n  未生成：单位数据有核对错误，按这些数据生成的报告前后矛盾，自检未通过：先改正 fincomp check 列出的核对错误；--force 不能写出自相矛盾的报告。",
            UnitStatus.AuditFailed => "\n  未生成：报告自检未通过，这是 fincomp 或模板的缺陷，不是单位数据的问题（--force 不能跳过自检）。",
            _ => "",
        };
        return first + rest + notBuilt;
    }

    private static string Arrow(UnitOutcome outcome) =>
        outcome.Outputs.Count == 0 ? "" : " → " + string.Join("、", outcome.Outputs);

    private static string Remaining(long started, int finished, int total)
    {
        var perUnit = Stopwatch.GetElapsedTime(started).TotalSeconds / finished;
        var seconds = (int)Math.Ceiling(perUnit * (total - finished));
        return string.Create(CultureInfo.InvariantCulture, $"（预计还需 {seconds} 秒）");
    }
}
