using System.CommandLine;
using System.Text;
using Fincomp.Charts;
using Fincomp.Cli.Help;
using Fincomp.Input;

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
        catch (ArgumentException exception)
        {
            error.WriteLine(exception.Message.Split(" (Parameter", 2)[0]);
            return ExitCodes.Unreadable;
        }

        Directory.CreateDirectory(folder);
        foreach (var spec in ChartCatalog.For(unit))
        {
            var chart = renderer.Render(spec);
            File.WriteAllBytes(Path.Combine(folder, spec.Key + ".png"), chart.Png);
            File.WriteAllText(Path.Combine(folder, spec.Key + ".svg"), chart.Svg, new UTF8Encoding(false));
            output.WriteLine($"{spec.Key}.png、{spec.Key}.svg：{spec.Caption}");
        }

        return ExitCodes.Clean;
    }
}
