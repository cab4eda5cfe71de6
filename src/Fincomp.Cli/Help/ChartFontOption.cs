using System.CommandLine;

namespace Fincomp.Cli.Help;

/// <summary>The <c>--chart-font</c> option that <c>build</c> and <c>charts</c> share.</summary>
internal static class ChartFontOption
{
    public static Option<string?> Create() =>
        new("--chart-font") { HelpName = "文件", Description = "图表字体文件（.ttf/.otf/.ttc；缺省用内置的文泉驿微米黑）" };
}
