using System.Globalization;
using Fincomp.Batch;
using Fincomp.Batch.Summary;
using Spectre.Console;

namespace Fincomp.Cli.Presentation;

/// <summary>The table printed at the end of a batch: one row per unit in input order, whatever finished first.</summary>
internal static class SummaryTable
{
    public static void Write(ConsoleTarget target, IReadOnlyList<UnitOutcome> outcomes)
    {
        var table = new Table().Border(TableBorder.Simple);
        table.AddColumn("单位文件");
        table.AddColumn("状态");
        table.AddColumn(new TableColumn("错误").RightAligned());
        table.AddColumn(new TableColumn("警告").RightAligned());
        table.AddColumn("输出");
        table.AddColumn(new TableColumn("用时").RightAligned());
        foreach (var outcome in outcomes)
        {
            table.AddRow(
                Markup.Escape(outcome.File),
                Markup.Escape(StatusWord(outcome.Status)),
                outcome.Errors.ToString(CultureInfo.InvariantCulture),
                outcome.Warnings.ToString(CultureInfo.InvariantCulture),
                Markup.Escape(string.Join("\n", outcome.Outputs)),
                outcome.Elapsed.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture) + " s");
        }

        var console = target.Plain();
        console.Profile.Width = Math.Max(console.Profile.Width, 160);
        console.Write(table);
    }

    public static string StatusWord(UnitStatus status) => SummaryRows.StatusWord(status);
}
