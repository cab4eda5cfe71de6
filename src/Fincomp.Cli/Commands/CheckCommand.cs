using System.CommandLine;
using Fincomp.Checks;
using Fincomp.Cli.Output;
using Fincomp.Diagnostics;
using Fincomp.Input;

namespace Fincomp.Cli.Commands;

/// <summary>
/// <c>fincomp check FILE|DIR…</c>: reads every unit, runs the consistency rules on those that load, and reports in the
/// chosen format. Exit code 2 when an input cannot be read (FC0xxx), else 1 when an error (or, with
/// <c>--warnings-as-errors</c>, a warning) was found, else 0.
/// </summary>
internal static class CheckCommand
{
    public static Command Create()
    {
        var inputs = new Argument<string[]>("inputs") { Description = "单位 YAML 文件或文件夹", Arity = ArgumentArity.OneOrMore };
        var format = new Option<ReportFormat>("--format", "-f")
        {
            Description = "输出格式：human（缺省）、json、sarif、github",
            DefaultValueFactory = _ => ReportFormat.Human,
        };
        var warningsAsErrors = new Option<bool>("--warnings-as-errors") { Description = "有警告时也以退出码 1 结束" };
        var command = new Command("check", "核对单位文件：输入错误与数字不一致之处。") { inputs, format, warningsAsErrors };
        command.SetAction(parseResult => Run(
            parseResult.GetValue(inputs)!,
            ReportFormatters.For(parseResult.GetValue(format), Environment.GetEnvironmentVariable("GITHUB_ACTIONS") == "true"),
            parseResult.GetValue(warningsAsErrors),
            parseResult.InvocationConfiguration.Output));
        return command;
    }

    private static int Run(string[] paths, IReportFormatter formatter, bool warningsAsErrors, TextWriter output)
    {
        var loader = new UnitLoader();
        var files = new List<FileFindings>();
        var unreadable = false;
        foreach (var file in InputFiles.Expand(paths))
        {
            var result = loader.Load(file);
            var findings = new DiagnosticBag();
            findings.AddRange(result.Diagnostics);
            if (result.Succeeded)
            {
                findings.AddRange(UnitChecker.Check(result.Unit!));
            }
            else
            {
                unreadable = true;
            }

            files.Add(new FileFindings(file, findings.Sorted()));
        }

        var report = new CheckReport(files);
        formatter.Write(report, output);
        if (unreadable)
        {
            return ExitCodes.Unreadable;
        }

        return report.Errors > 0 || (warningsAsErrors && report.Warnings > 0) ? ExitCodes.Findings : ExitCodes.Clean;
    }
}
