using System.CommandLine;
using System.Diagnostics;
using Fincomp.Audit;
using Fincomp.Batch;
using Fincomp.Cli.Help;
using Fincomp.Cli.Output;
using Fincomp.Diagnostics;
using Fincomp.Document;

namespace Fincomp.Cli.Commands;

/// <summary>
/// <c>fincomp check FILE|DIR|GLOB…|-</c>: reads every unit (in parallel), applies its folder's fincomp.yaml defaults,
/// runs the consistency rules on those that load (a finished report, .docx, is audited instead: <see cref="DocumentCheck"/>),
/// and reports in the chosen format, files in input order. Exit code 2 when an input cannot be read (FC0xxx), else 1
/// when an error (or, with <c>--warnings-as-errors</c>, a warning) was found, else 0. With <c>--warnings-as-errors</c>
/// every warning is reported as an error, as compilers do, so each format says what the exit code says.
/// </summary>
internal static class CheckCommand
{
    /// <summary>How diagnostics name a unit read from standard input.</summary>
    public const string StandardInputName = "标准输入";

    public static Command Create(TextReader input)
    {
        var batch = new BatchOptions(allowStandardInput: true, withReports: true);
        var format = ChoiceOption.Create(
            "--format",
            "-f",
            "输出格式（缺省：human）：human 供人阅读，json 供脚本，sarif 供代码扫描，github 供 GitHub Actions 批注，junit 供 GitLab、Jenkins、Gitee",
            [("human", ReportFormat.Human), ("json", ReportFormat.Json), ("sarif", ReportFormat.Sarif), ("github", ReportFormat.GitHub), ("junit", ReportFormat.JUnit)],
            ReportFormat.Human);
        var warningsAsErrors = new Option<bool>("--warnings-as-errors") { Description = "把警告当作错误：各种输出格式都按错误报告，退出码为 1" };
        var verbose = new Option<bool>("--verbose", "-v") { Description = "在每条发现下写出依据（如四舍五入区间）" };
        var against = new Option<string?>("--against") { Description = "与单位文件对照（只用于 .docx、.pdf）：文档中与单位数据不符的数字为错误，改写或删去的句子为提示" };
        var command = new ExampleCommand("check", "核对单位文件：输入错误与数字不一致之处。")
        {
            Examples =
            [
                ("fincomp check 单位.yaml", "核对一个单位，发现按“文件(行,列)”列出"),
                ("fincomp check units/ -f sarif > fincomp.sarif", "核对整个文件夹，写出供代码扫描上传的 SARIF"),
                ("type 单位.yaml | fincomp check -", "从标准输入读一个单位"),
                ("fincomp check 报告.docx --against 单位.yaml", "核对领导改过的报告：与单位数据不符的数字、改写过的句子"),
            ],
        };
        command.Options.Add(format);
        command.Options.Add(warningsAsErrors);
        command.Options.Add(verbose);
        command.Options.Add(against);
        batch.AddTo(command);
        command.SetAction(parseResult =>
        {
            var files = batch.Files(parseResult, parseResult.InvocationConfiguration.Error);
            if (files is null)
            {
                return ExitCodes.Unreadable;
            }

            var formatter = ReportFormatters.For(
                parseResult.GetValue(format),
                Environment.GetEnvironmentVariable("GITHUB_ACTIONS") == "true",
                parseResult.GetValue(verbose));
            var preparation = new UnitPreparation();
            ReportDocument? reference = null;
            if (parseResult.GetValue(against) is { } unitFile)
            {
                // Only a finished report is compared with the data; a unit file would be checked as if the option were absent.
                if (files.FirstOrDefault(f => !DocumentCheck.Handles(f)) is { } notReport)
                {
                    var shown = notReport == BatchOptions.StandardInput ? StandardInputName : notReport;
                    parseResult.InvocationConfiguration.Error.WriteLine($"{shown}：--against 只用于核对 .docx、.pdf 报告，不能与单位文件一同使用。请去掉 --against，或改为核对由单位文件生成的报告。");
                    return ExitCodes.Unreadable;
                }

                var (document, problems) = DataReport.Build(preparation.Prepare(unitFile));
                if (document is null)
                {
                    formatter.Write(new CheckReport([new FileFindings(unitFile, problems, UnitStatus.Unreadable)]), parseResult.InvocationConfiguration.Output);
                    return ExitCodes.Unreadable;
                }

                reference = document;
            }

            Func<string, PreparedUnit> prepare = files is [BatchOptions.StandardInput]
                ? _ => preparation.PrepareText(input.ReadToEnd(), StandardInputName)
                : preparation.Prepare;
            return Run(files, parseResult.GetValue(batch.Jobs), prepare, reference, formatter, parseResult.GetValue(warningsAsErrors), parseResult.InvocationConfiguration.Output);
        });
        return command;
    }

    private static int Run(IReadOnlyList<string> files, int jobs, Func<string, PreparedUnit> prepare, ReportDocument? reference, IReportFormatter formatter, bool warningsAsErrors, TextWriter output)
    {
        var outcomes = BatchRunner.Run(files, jobs, file =>
        {
            var started = Stopwatch.GetTimestamp();
            if (DocumentCheck.Handles(file))
            {
                var findings = Severities(DocumentCheck.Check(file, reference), warningsAsErrors);
                var state = findings.Any(d => d.Code == AuditCodes.Unreadable) ? UnitStatus.Unreadable
                    : findings.Any(d => d.Severity == Severity.Error) ? UnitStatus.Failed : UnitStatus.Succeeded;
                return new UnitOutcome(file, state, findings, [], Stopwatch.GetElapsedTime(started));
            }

            var prepared = prepare(file);
            var name = file == BatchOptions.StandardInput ? StandardInputName : file;
            var diagnostics = Severities(prepared.Diagnostics, warningsAsErrors);
            var status = prepared.Unreadable ? UnitStatus.Unreadable
                : diagnostics.Any(d => d.Severity == Severity.Error) ? UnitStatus.Failed : UnitStatus.Succeeded;
            return new UnitOutcome(name, status, diagnostics, [], Stopwatch.GetElapsedTime(started));
        });
        var report = new CheckReport(outcomes.Select(o => new FileFindings(o.File, FindingsOf(o), o.Status)).ToList());
        formatter.Write(report, output);
        if (outcomes.Any(o => o.Status == UnitStatus.Unreadable))
        {
            return ExitCodes.Unreadable;
        }

        return report.Errors > 0 ? ExitCodes.Findings : ExitCodes.Clean;
    }

    /// <summary>The findings as reported: with <c>--warnings-as-errors</c> each warning becomes an error, message unchanged.</summary>
    private static IReadOnlyList<Diagnostic> Severities(IReadOnlyList<Diagnostic> diagnostics, bool warningsAsErrors) =>
        warningsAsErrors
            ? [.. diagnostics.Select(d => d.Severity == Severity.Warning ? d with { Severity = Severity.Error } : d)]
            : diagnostics;

    private static IReadOnlyList<Diagnostic> FindingsOf(UnitOutcome outcome) =>
        outcome.Failure is null
            ? outcome.Diagnostics
            : [.. outcome.Diagnostics, new Diagnostic(BatchCodes.InternalError, Severity.Error, outcome.Failure, SourceSpan.StartOf(outcome.File))];
}
