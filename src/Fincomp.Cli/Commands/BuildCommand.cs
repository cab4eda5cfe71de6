using System.CommandLine;
using Fincomp.Batch;
using Fincomp.Batch.Summary;
using Fincomp.Cli.Help;
using Fincomp.Cli.Presentation;
using Fincomp.Compilation;
using Fincomp.IO;

namespace Fincomp.Cli.Commands;

/// <summary>
/// <c>fincomp build FILE|DIR|GLOB… [-o DIR]</c>: checks each unit and writes its report (Word, and HTML or PDF on
/// request), units in parallel. A unit with check errors is not built unless <c>--force</c>, so a report with known
/// wrong figures is never produced silently; a unit that fails never stops the others.
/// </summary>
internal static class BuildCommand
{
    public static Command Create()
    {
        var batch = new BatchOptions(allowStandardInput: false);
        var output = OutputFolder.Create("输出文件夹（缺省为 fincomp.yaml 所定，或输入文件所在文件夹）", required: false);
        var force = new Option<bool>("--force") { Description = "有核对错误时仍然生成报告（错误会列出，退出码仍为 1）" };
        var formats = new Option<string[]>("--format", "-f")
        {
            HelpName = "docx|html|pdf|xlsx",
            Description = "输出格式（缺省：docx；xlsx 为九张公开表）；可写多次或用逗号分隔",
            DefaultValueFactory = _ => ["docx"],
            // One value per -f: `-f pdf unit.yaml` must leave unit.yaml to the inputs. Several formats are written
            // `-f docx,pdf` or `-f docx -f pdf`.
            AllowMultipleArgumentsPerToken = false,
        };
        var templates = new Option<string?>("--templates") { HelpName = "文件夹", Description = "模板文件夹：其中的文件按文件名替换内置模板" };
        var referenceDoc = new Option<string?>("--reference-doc") { HelpName = "文件", Description = "参考 Word 文档：沿用其样式与页面设置" };
        var chartFont = ChartFontOption.Create();
        var tocPages = new Option<bool>("--toc-pages")
        {
            Description = "用 LibreOffice 排版一遍，把目录页码写进 Word 文件（WPS、LibreOffice 打开即见页码；需安装 LibreOffice，每个单位多用几秒）",
        };
        var summary = new Option<string?>("--summary") { HelpName = "文件", Description = "汇总表文件：.xlsx、.csv 或 .json" };
        var command = new ExampleCommand("build", "生成部门决算公开报告（Word，可选 HTML、PDF）。")
        {
            Examples =
            [
                ("fincomp build 单位.yaml -o 输出", "核对并生成 输出/单位.docx；有核对错误则不生成"),
                ("fincomp build units/ -o 输出 --summary 输出/汇总.xlsx", "整个文件夹并行生成，另写汇总表"),
                ("fincomp build 单位.yaml --format docx,pdf", "同时输出 Word 与 PDF"),
                ("fincomp build 单位.yaml --toc-pages", "目录页码由 LibreOffice 排版得出，直接写进 Word 文件"),
            ],
        };
        foreach (var option in new Option[] { output, force, formats, templates, referenceDoc, chartFont, tocPages, summary })
        {
            command.Options.Add(option);
        }

        batch.AddTo(command);
        command.SetAction(parseResult =>
        {
            var error = parseResult.InvocationConfiguration.Error;
            var files = batch.Files(parseResult, error);
            var parsedFormats = ParseFormats(parseResult.GetValue(formats)!, error);
            var summaryPath = parseResult.GetValue(summary);
            if (files is null || parsedFormats is null || !ValidSummary(summaryPath, error) || !OutputFolder.Valid(parseResult.GetValue(output), error))
            {
                return ExitCodes.Unreadable;
            }

            var settings = new BuildSettings
            {
                OutputDirectory = parseResult.GetValue(output),
                Force = parseResult.GetValue(force),
                Formats = parsedFormats,
                TemplateDirectory = parseResult.GetValue(templates),
                ReferenceDocument = parseResult.GetValue(referenceDoc),
                ChartFontFile = parseResult.GetValue(chartFont),
                ContentsPageNumbers = parseResult.GetValue(tocPages),
            };
            if (!ValidPaths(settings, error))
            {
                return ExitCodes.Unreadable;
            }

            var target = new ConsoleTarget(parseResult.InvocationConfiguration.Output);
            var job = new BuildJob(settings);
            job.Plan(files, parseResult.GetValue(batch.Jobs), summaryPath);
            var outcomes = BatchProgress.Run(target, files, parseResult.GetValue(batch.Jobs), job.Run, "生成报告");
            if (outcomes.Count > 1)
            {
                // For one unit its progress line already says everything the table would.
                SummaryTable.Write(target, outcomes);
            }

            if (summaryPath is not null && !WriteSummary(summaryPath, outcomes, target.Output, error))
            {
                return ExitCodes.WriteFailed;
            }

            return BatchExit.Code(outcomes);
        });
        return command;
    }

    private static IReadOnlyList<OutputFormat>? ParseFormats(string[] words, TextWriter error)
    {
        var formats = new List<OutputFormat>();
        foreach (var word in words.SelectMany(w => w.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)))
        {
            if (!Enum.TryParse<OutputFormat>(word, ignoreCase: true, out var format) || !Enum.IsDefined(format))
            {
                error.WriteLine($"--format 只能是 docx、html、pdf 或 xlsx，实际是 '{word}'。");
                return null;
            }

            formats.Add(format);
        }

        return formats.Distinct().ToList();
    }

    private static bool ValidSummary(string? path, TextWriter error)
    {
        if (path is null || SummaryFormats.ForPath(path) is not null)
        {
            return true;
        }

        error.WriteLine($"--summary 的文件须以 .xlsx、.csv 或 .json 结尾：{path}");
        return false;
    }

    private static bool ValidPaths(BuildSettings settings, TextWriter error)
    {
        var valid = true;
        if (settings.TemplateDirectory is { } folder && !Directory.Exists(folder))
        {
            error.WriteLine($"模板文件夹不存在：{folder}");
            valid = false;
        }

        foreach (var file in new[] { settings.ReferenceDocument, settings.ChartFontFile })
        {
            if (file is not null && !File.Exists(file))
            {
                error.WriteLine($"文件不存在：{file}");
                valid = false;
            }
        }

        if (settings.OutputDirectory is { } outputDirectory && File.Exists(outputDirectory))
        {
            error.WriteLine($"输出位置是一个文件，不是文件夹：{outputDirectory}");
            valid = false;
        }

        return valid;
    }

    private static bool WriteSummary(string path, IReadOnlyList<UnitOutcome> outcomes, TextWriter output, TextWriter error)
    {
        var rows = SummaryRows.From(outcomes);
        try
        {
            AtomicFile.Write(path, stream => SummaryFormats.ForPath(path)!.Write([.. rows, .. SummaryRows.Totals(rows)], stream));
            output.WriteLine($"汇总表：{path}");
            return true;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"无法写出汇总表 {path}：{WriteFailureText.Reason(exception)}。");
            return false;
        }
    }
}
