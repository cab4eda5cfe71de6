using System.Globalization;
using Fincomp.Batch;
using Fincomp.Batch.Summary;
using Spectre.Console;

namespace Fincomp.Cli.Presentation;

/// <summary>
/// The table printed at the end of a batch: one row per unit in input order, whatever finished first, narrow enough
/// for an 80-column terminal (outputs and timings are in the progress lines and the summary workbook), then the
/// totals line.
/// </summary>
internal static class SummaryTable
{
    public const int Width = 80;

    public static void Write(ConsoleTarget target, IReadOnlyList<UnitOutcome> outcomes)
    {
        var table = new Table().Border(TableBorder.Simple);
        table.AddColumn("单位文件");
        table.AddColumn(new TableColumn("状态").NoWrap());
        table.AddColumn(new TableColumn("错误").RightAligned().NoWrap());
        table.AddColumn(new TableColumn("警告").RightAligned().NoWrap());
        foreach (var outcome in outcomes)
        {
            table.AddRow(
                Markup.Escape(outcome.File),
                Markup.Escape(StatusWord(outcome.Status)),
                outcome.Errors.ToString(CultureInfo.InvariantCulture),
                outcome.Warnings.ToString(CultureInfo.InvariantCulture));
        }

        var console = target.Plain();
        console.Profile.Width = Width;
        console.Write(table);
        target.Output.WriteLine(BatchTotals.Line(outcomes.Select(o => o.Status)));
    }

    public static string StatusWord(UnitStatus status) => SummaryRows.StatusWord(status);
}
