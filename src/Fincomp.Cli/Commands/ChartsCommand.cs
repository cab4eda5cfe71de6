using System.CommandLine;
using Fincomp.Batch;
using Fincomp.Charts;
using Fincomp.Derivation;
using Fincomp.Diagnostics;
using Fincomp.Cli.Help;
using Fincomp.Input;
using Fincomp.IO;
using Fincomp.Narrative;

namespace Fincomp.Cli.Commands;

/// <summary>
/// <c>fincomp charts FILE -o DIR</c>: draws 图1–图7 of one unit as PNG and SVG files (fig1.png, fig1.svg, …) without
/// building the document, for the unit's website and for slides.
/// </summary>
internal static class ChartsCommand
{
    public static Command Create()
    {
        var input = new Argument<string>("input") { HelpName = "单位文件", Description = "单位 YAML 文件" };
        var output = OutputFolder.Create("图片输出文件夹", required: true);
        var font = ChartFontOption.Create();
        var command = new ExampleCommand("charts", "只输出图1–图7（PNG 与 SVG），供网站与演示文稿使用。")
        {
            Examples = [("fincomp charts 单位.yaml -o 图表", "写出 图表/fig1.png、图表/fig1.svg 等")],
        };
        command.Arguments.Add(input);
        command.Options.Add(output);
        command.Options.Add(font);
        command.SetAction(parseResult => !OutputFolder.Valid(parseResult.GetValue(output), parseResult.InvocationConfiguration.Error) ? ExitCodes.Unreadable : Run(
            parseResult.GetValue(input)!,
            parseResult.GetValue(output)!,
            parseResult.GetValue(font),
            parseResult.InvocationConfiguration.Output,
            parseResult.InvocationConfiguration.Error));
        return command;
    }

    private static int Run(string file, string folder, string? font, TextWriter output, TextWriter error)
    {
        var result = new UnitLoader().Load(file);
        foreach (var diagnostic in result.Diagnostics)
        {
            output.WriteLine(diagnostic.ToString());
        }

        if (!result.Succeeded || result.Unit is not { } unit)
        {
            error.WriteLine($"{file} 有错误，未生成图表。");
            return ExitCodes.Unreadable;
        }

        ChartRenderer renderer;
        try
        {
            renderer = new ChartRenderer(new ChartRenderOptions { FontFile = font });
        }
        catch (ChartFontException exception)
        {
            // As in build: a font file that is not there is a wrong command line; one that is no font cannot draw.
            error.WriteLine(exception.Message);
            return File.Exists(exception.FontFile) ? ExitCodes.TemplateFailed : ExitCodes.Unreadable;
        }

        // The class names of 图6 come from the same tables the report uses: the unit's year's and its extensions.
        var (manifest, manifestFolder, _) = new ManifestCache().For(file);
        var tableDiagnostics = new DiagnosticBag();
        var tables = UnitCodeTables.For(unit, file, manifest, manifestFolder, tableDiagnostics);
        foreach (var diagnostic in tableDiagnostics.Sorted())
        {
            output.WriteLine(diagnostic.ToString());
        }

        if (File.Exists(folder))
        {
            error.WriteLine($"输出位置是一个文件，不是文件夹：{folder}");
            return ExitCodes.Unreadable;
        }

        try
        {
            Directory.CreateDirectory(folder);
            var specs = ChartCatalog.For(new ReportFigures(unit, tables));
            if (renderer.MissingCharacters(specs) is { Length: > 0 } missing)
            {
                output.WriteLine($"{font}(1,1): warning {NarrativeCodes.ChartFontLacksChinese}: {ChartRenderer.MissingGlyphsMessage(font, missing)}");
            }

            foreach (var spec in specs)
            {
                var chart = renderer.Render(spec);
                AtomicFile.Write(Path.Combine(folder, spec.Key + ".png"), stream => stream.Write(chart.Png));
                AtomicFile.WriteText(Path.Combine(folder, spec.Key + ".svg"), chart.Svg, overwrite: true);
                output.WriteLine($"{spec.Key}.png、{spec.Key}.svg：{spec.Caption}");
            }
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"无法写出图表到 {folder}：{WriteFailureText.Reason(exception)}。");
            return ExitCodes.WriteFailed;
        }

        return ExitCodes.Clean;
    }
}
