using System.CommandLine;
using Fincomp.Checks;
using Fincomp.Compilation;
using Fincomp.Diagnostics;
using Fincomp.Input;

namespace Fincomp.Cli.Commands;

/// <summary>
/// <c>fincomp build FILE [-o DIR]</c>: checks the unit and writes its Word report, named after the input file. A unit
/// with check errors is not built unless <c>--force</c>, so a report with known wrong figures is never produced silently.
/// </summary>
internal static class BuildCommand
{
    public static Command Create()
    {
        var input = new Argument<string>("input") { Description = "单位 YAML 文件" };
        var output = new Option<string?>("--output", "-o") { Description = "输出文件夹（缺省为输入文件所在文件夹）" };
        var force = new Option<bool>("--force") { Description = "有核对错误时仍然生成报告（错误会列出）" };
        var templates = new Option<string?>("--templates") { Description = "模板文件夹：其中的文件按文件名替换内置模板" };
        var referenceDoc = new Option<string?>("--reference-doc") { Description = "参考 Word 文档：沿用其样式与页面设置" };
        var chartFont = new Option<string?>("--chart-font") { Description = "图表字体文件（.ttf/.otf/.ttc）" };
        var command = new Command("build", "生成部门决算公开报告（Word 文档）。") { input, output, force, templates, referenceDoc, chartFont };
        command.SetAction(parseResult =>
        {
            var options = new CompileOptions
            {
                TemplateDirectory = parseResult.GetValue(templates),
                ReferenceDocument = parseResult.GetValue(referenceDoc),
                ChartFontFile = parseResult.GetValue(chartFont),
            };
            return Run(parseResult.GetValue(input)!, parseResult.GetValue(output), parseResult.GetValue(force), options, parseResult.InvocationConfiguration.Output);
        });
        return command;
    }

    private static int Run(string path, string? outputDirectory, bool force, CompileOptions options, TextWriter output)
    {
        var loaded = new UnitLoader().Load(path);
        Print(loaded.Diagnostics, output);
        if (!loaded.Succeeded || loaded.Unit is null)
        {
            output.WriteLine("未生成：输入文件无法读取。");
            return ExitCodes.Unreadable;
        }

        var findings = UnitChecker.Check(loaded.Unit);
        var errors = findings.Count(d => d.Severity == Severity.Error);
        if (errors > 0)
        {
            Print(findings.Where(d => d.Severity == Severity.Error), output);
            if (!force)
            {
                output.WriteLine($"未生成：核对发现 {errors} 个错误（可用 --force 强制生成）。");
                return ExitCodes.Findings;
            }
        }

        if (!ValidOptions(options, output))
        {
            return ExitCodes.Unreadable;
        }

        var target = ReportBuilder.OutputPathFor(path, outputDirectory);
        var result = ReportBuilder.Build(loaded.Unit, options, target);
        Print(result.Diagnostics, output);
        if (!result.Succeeded)
        {
            output.WriteLine("未生成：模板或输出出错。");
            return ExitCodes.Unreadable;
        }

        output.WriteLine(errors > 0 ? $"已生成 {target}（含 {errors} 个核对错误）。" : $"已生成 {target}。");
        return ExitCodes.Clean;
    }

    private static bool ValidOptions(CompileOptions options, TextWriter output)
    {
        var valid = true;
        if (options.TemplateDirectory is { } folder && !Directory.Exists(folder))
        {
            output.WriteLine($"模板文件夹不存在：{folder}");
            valid = false;
        }

        foreach (var file in new[] { options.ReferenceDocument, options.ChartFontFile })
        {
            if (file is not null && !File.Exists(file))
            {
                output.WriteLine($"文件不存在：{file}");
                valid = false;
            }
        }

        return valid;
    }

    private static void Print(IEnumerable<Diagnostic> diagnostics, TextWriter output)
    {
        foreach (var diagnostic in diagnostics)
        {
            output.WriteLine(diagnostic.ToString());
        }
    }
}
