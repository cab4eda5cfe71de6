using Fincomp.Derivation;
using Fincomp.Document;
using Fincomp.Model;
using Fincomp.Reference;

namespace Fincomp.Tables;

/// <summary>
/// The 类 / 款 / 项 rows of table 2 when the unit file records income by 科目 (<c>functional.income</c>): each 项 as
/// recorded, each 类 and 款 the sum of its 项 per column; a source a line does not write is 0 on it (as every part of a
/// table the unit file leaves out). A column stays blank
/// a column whose 项 do not add up to the table's 合计 (<see cref="IncomeByFunction.ColumnAgrees"/>; FC1206 reports it).
/// </summary>
internal static class IncomeRows
{
    public static IEnumerable<TableRow> For(IncomeByFunction income, ClassificationTable table)
    {
        var printed = Enumerable.Range(0, IncomeByFunction.ColumnNames.Count).Select(income.ColumnAgrees).ToList();
        var items = ItemCoded.Of(income.Lines, l => l.Code).OrderBy(l => l.Code.Item, StringComparer.Ordinal).ToList();
        foreach (var classGroup in items.GroupBy(l => l.Code.Class, StringComparer.Ordinal))
        {
            yield return Row(table, classGroup.Key, [.. classGroup.Select(l => l.Line)], printed, bold: true);
            foreach (var sectionGroup in classGroup.GroupBy(l => l.Code.Section, StringComparer.Ordinal))
            {
                yield return Row(table, sectionGroup.Key, [.. sectionGroup.Select(l => l.Line)], printed, bold: false);
                foreach (var itemGroup in sectionGroup.GroupBy(l => l.Code.Item, l => l.Line, StringComparer.Ordinal))
                {
                    yield return Row(table, itemGroup.Key, [.. itemGroup], printed, bold: false);
                }
            }
        }
    }

    private static TableRow Row(ClassificationTable table, string code, IReadOnlyList<IncomeLine> lines, IReadOnlyList<bool> printed, bool bold)
    {
        var name = table.Find(code)?.Name ?? code;
        var amounts = Enumerable.Range(0, printed.Count).Select(column =>
        {
            // A source a line leaves out is 0 on that line, as every part of a table the unit file does not write.
            return Cells.Amount(printed[column] ? lines.Sum(l => IncomeByFunction.Columns(l)[column].OrZero()) : null);
        });
        return new TableRow([new TableCell(code, CellAlignment.Left, Bold: bold), new TableCell(name, CellAlignment.Left, Bold: bold), .. amounts]);
    }
}
