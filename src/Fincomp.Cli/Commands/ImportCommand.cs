using System.CommandLine;
using Fincomp.Batch;
using Fincomp.Authoring;
using Fincomp.Cli.Help;
using Fincomp.Cli.Output;
using Fincomp.Diagnostics;
using Fincomp.Import;
using Fincomp.IO;

namespace Fincomp.Cli.Commands;

/// <summary>
/// <c>fincomp import TABLES.xlsx -o unit.yaml</c> or <c>--into unit.yaml</c>: the figures of the nine 公开表 exported
/// by the finance system, as a new unit file or into an existing one. Several workbooks or a folder go to a folder
/// (one unit file per workbook, named after it). Findings are reported as <c>check</c> reports them; an error in a
/// workbook writes nothing for it and ends with exit code 2.
/// </summary>
internal static class ImportCommand
{
    public static Command Create()
    {
        var inputs = new Argument<string[]>("workbooks") { HelpName = "工作簿", Description = "部门决算软件导出的公开表工作簿（.xlsx 或 .xls），或存放它们的文件夹", Arity = ArgumentArity.OneOrMore };
        var output = new Option<string?>("--out", "-o") { HelpName = "文件", Description = "新建的单位文件（多个工作簿时为文件夹）" };
        var into = new Option<string?>("--into") { HelpName = "文件", Description = "只替换其中数字的已有单位文件（多个工作簿时为文件夹，按文件名对应）" };
        var year = new Option<int?>("--year") { HelpName = "年度", Description = "决算年度（缺省取表中的“2023年度”）" };
        var force = new Option<bool>("--force") { Description = "用 -o 时覆盖已存在的文件" };
        var jobs = new Option<int>("--jobs", "-j") { HelpName = "个数", Description = "同时导入的工作簿数（缺省为处理器核数）", DefaultValueFactory = _ => Environment.ProcessorCount };
        var format = new Option<ReportFormat>("--format", "-f") { HelpName = "human|json|sarif|github", Description = "发现的输出格式：human（缺省）、json、sarif、github", DefaultValueFactory = _ => ReportFormat.Human };
        var command = new ExampleCommand("import", "从部门决算软件导出的九张公开表工作簿导入数字：新建单位文件，或替换已有文件中的数字。")
        {
            Examples =
            [
                ("fincomp import 公开表.xlsx -o 单位.yaml", "由导出的工作簿新建单位文件，再补写文字"),
                ("fincomp import 公开表.xls --into 单位.yaml", "只替换已有单位文件中的数字，文字与注释不动"),
                ("fincomp import 导出/ -o 单位/", "整个文件夹的工作簿各成一个单位文件"),
            ],
        };
        command.Arguments.Add(inputs);
        foreach (var option in new Option[] { output, into, year, force, jobs, format })
        {
            command.Options.Add(option);
        }

        command.SetAction(parseResult =>
        {
            var error = parseResult.InvocationConfiguration.Error;
            if (UnknownOption.Refuse(parseResult.GetValue(inputs)!, "import", error))
            {
                return ExitCodes.Unreadable;
            }

            var workbooks = WorkbookSelection.Expand(parseResult.GetValue(inputs)!);
            var (target, isInto) = (parseResult.GetValue(output), parseResult.GetValue(into)) switch
            {
                ({ } o, null) => (o, false),
                (null, { } i) => (i, true),
                _ => ((string?)null, false),
            };
            if (target is null)
            {
                error.WriteLine("请用 -o 指定新建的单位文件，或用 --into 指定要替换数字的已有单位文件（二者选一）。");
                return ExitCodes.Unreadable;
            }

            if (workbooks.Count == 0 || parseResult.GetValue(jobs) < 1)
            {
                error.WriteLine(workbooks.Count == 0 ? "没有找到工作簿（*.xlsx、*.xls）。" : "--jobs 至少为 1。");
                return ExitCodes.Unreadable;
            }

            var toFolder = workbooks.Count > 1 || Directory.Exists(target);
            var formatter = ReportFormatters.For(parseResult.GetValue(format), Environment.GetEnvironmentVariable("GITHUB_ACTIONS") == "true");
            var results = workbooks
                .AsParallel().AsOrdered().WithDegreeOfParallelism(parseResult.GetValue(jobs))
                .Select(workbook =>
                {
                    var unitFile = toFolder ? Path.Combine(target, Path.GetFileNameWithoutExtension(workbook) + ".yaml") : target;
                    return (Workbook: workbook, UnitFile: unitFile, Result: ImportOne(workbook, unitFile, isInto, parseResult.GetValue(year), parseResult.GetValue(force)));
                })
                .ToList();

            formatter.Write(new CheckReport(results.Select(r => new FileFindings(r.Workbook, r.Result.Result.Diagnostics, StatusOf(r.Result.Result))).ToList()), parseResult.InvocationConfiguration.Output);
            var messages = parseResult.GetValue(format) == ReportFormat.Human ? parseResult.InvocationConfiguration.Output : error;
            foreach (var (workbook, unitFile, (result, unchanged)) in results.Where(r => r.Result.Result.Succeeded))
            {
                messages.WriteLine(unchanged ? $"{unitFile} 中的数字与 {workbook} 相同，文件未改动。"
                    : isInto ? $"已用 {workbook} 的数字更新 {unitFile}。"
                    : $"已由 {workbook} 新建 {unitFile}；补写“待填写”处后运行 fincomp check {unitFile}。");
            }

            return results.All(r => r.Result.Result.Succeeded) ? ExitCodes.Clean : ExitCodes.Unreadable;
        });
        return command;
    }

    /// <summary>
    /// How a workbook ended: imported; 无法读取 only when the workbook itself could not be opened; otherwise it was read
    /// and refused for the findings listed above it (a 科目 name that disagrees with its code, a missing table, a file
    /// not to be overwritten), counted as 有错误 so the files line says the workbook was read.
    /// </summary>
    private static UnitStatus StatusOf(ImportResult result) =>
        result.Succeeded ? UnitStatus.Succeeded
        : result.Diagnostics.Any(d => d.Code == ImportCodes.Unreadable) ? UnitStatus.Unreadable
        : UnitStatus.Failed;

    /// <returns>The import's result, and whether the unit file (for --into) already held exactly this text and was left untouched.</returns>
    private static (ImportResult Result, bool Unchanged) ImportOne(string workbook, string unitFile, bool isInto, int? year, bool force)
    {
        string? existing = null;
        if (isInto)
        {
            if (!File.Exists(unitFile))
            {
                return (Failure(unitFile, $"要更新的单位文件 {unitFile} 不存在。"), false);
            }

            existing = File.ReadAllText(unitFile);
        }
        else if (File.Exists(unitFile) && !force)
        {
            return (Failure(unitFile, $"{unitFile} 已存在，未覆盖；要替换其中的数字请用 --into，确要覆盖请加 --force。"), false);
        }

        var result = existing is null
            ? UnitFileImport.NewFile(workbook, year, SchemaReference.For(unitFile))
            : UnitFileImport.Into(workbook, unitFile, existing);
        if (result.Text is not { } text)
        {
            return (result, false);
        }

        if (existing is not null && string.Equals(text, existing, StringComparison.Ordinal))
        {
            // Nothing to replace: rewriting would still touch the file's modified time, and make a build system or
            // backup think the unit changed.
            return (result, true);
        }

        try
        {
            var folder = Path.GetDirectoryName(Path.GetFullPath(unitFile));
            if (folder is not null)
            {
                Directory.CreateDirectory(folder);
            }

            AtomicFile.WriteText(unitFile, text, overwrite: true);
            return (result, false);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return (Failure(unitFile, $"无法写入 {unitFile}：{exception.Message}", result.Diagnostics), false);
        }
    }

    private static ImportResult Failure(string unitFile, string message, IReadOnlyList<Diagnostic>? earlier = null) =>
        new(null, [.. earlier ?? [], new Diagnostic(ImportCodes.OutputFailed, Severity.Error, message, SourceSpan.StartOf(unitFile))]);
}
