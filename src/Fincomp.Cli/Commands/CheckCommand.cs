using System.CommandLine;
using System.Diagnostics;
using Fincomp.Audit;
using Fincomp.Batch;
using Fincomp.Cli.Output;
using Fincomp.Diagnostics;

namespace Fincomp.Cli.Commands;

/// <summary>
/// <c>fincomp check FILE|DIR|GLOB…</c>: reads every unit (in parallel), applies its folder's fincomp.yaml defaults, runs
/// the consistency rules on those that load (a finished report, .docx, is audited instead: <see cref="DocumentCheck"/>), and reports in the chosen format, files in input order. Exit code 2 when
/// an input cannot be read (FC0xxx), else 1 when an error (or, with <c>--warnings-as-errors</c>, a warning) was found,
/// else 0.
/// </summary>
internal static class CheckCommand
{
    public static Command Create()
    {
        var batch = new BatchOptions();
        var format = new Option<ReportFormat>("--format", "-f")
        {
            Description = "输出格式：human（缺省）、json、sarif、github",
            DefaultValueFactory = _ => ReportFormat.Human,
        };
        var warningsAsErrors = new Option<bool>("--warnings-as-errors") { Description = "有警告时也以退出码 1 结束" };
        var command = new Command("check", "核对单位文件：输入错误与数字不一致之处。") { format, warningsAsErrors };
        batch.AddTo(command);
        command.SetAction(parseResult =>
        {
            var files = batch.Files(parseResult, parseResult.InvocationConfiguration.Error);
            if (files is null)
            {
                return ExitCodes.Unreadable;
            }

            var formatter = ReportFormatters.For(parseResult.GetValue(format), Environment.GetEnvironmentVariable("GITHUB_ACTIONS") == "true");
            return Run(files, parseResult.GetValue(batch.Jobs), formatter, parseResult.GetValue(warningsAsErrors), parseResult.InvocationConfiguration.Output);
        });
        return command;
    }

    private static int Run(IReadOnlyList<string> files, int jobs, IReportFormatter formatter, bool warningsAsErrors, TextWriter output)
    {
        var preparation = new UnitPreparation();
        var outcomes = BatchRunner.Run(files, jobs, file =>
        {
            var started = Stopwatch.GetTimestamp();
            if (DocumentCheck.Handles(file))
            {
                var findings = DocumentCheck.Check(file);
                var state = findings.Any(d => d.Code == AuditCodes.Unreadable) ? UnitStatus.Unreadable
                    : findings.Any(d => d.Severity == Severity.Error) ? UnitStatus.Failed : UnitStatus.Succeeded;
                return new UnitOutcome(file, state, findings, [], Stopwatch.GetElapsedTime(started));
            }

            var prepared = preparation.Prepare(file);
            var status = prepared.Unreadable ? UnitStatus.Unreadable : prepared.HasErrors ? UnitStatus.Failed : UnitStatus.Succeeded;
            return new UnitOutcome(file, status, prepared.Diagnostics, [], Stopwatch.GetElapsedTime(started)) { Figures = prepared.Figures };
        });
        var report = new CheckReport(outcomes.Select(o => new FileFindings(o.File, FindingsOf(o))).ToList());
        formatter.Write(report, output);
        if (outcomes.Any(o => o.Status == UnitStatus.Unreadable))
        {
            return ExitCodes.Unreadable;
        }

        return report.Errors > 0 || (warningsAsErrors && report.Warnings > 0) ? ExitCodes.Findings : ExitCodes.Clean;
    }

    private static IReadOnlyList<Diagnostic> FindingsOf(UnitOutcome outcome) =>
        outcome.Failure is null
            ? outcome.Diagnostics
            : [.. outcome.Diagnostics, new Diagnostic(BatchCodes.InternalError, Severity.Error, outcome.Failure, SourceSpan.StartOf(outcome.File))];
}
