using Fincomp.Document;
using Fincomp.Model;
using Fincomp.Reference;

namespace Fincomp.Tables;

/// <summary>
/// The 类 / 款 / 项 rows of table 2 when the unit file records income by 科目 (<c>functional.income</c>): each 项 as
/// recorded, each 类 and 款 the sum of its 项 per column. A column none of whose 项 has a figure stays blank.
/// </summary>
internal static class IncomeRows
{
    public static IEnumerable<TableRow> For(IReadOnlyList<IncomeLine> lines)
    {
        var items = lines.Where(l => l.Code.Length == 7).OrderBy(l => l.Code, StringComparer.Ordinal).ToList();
        foreach (var classGroup in items.GroupBy(l => l.Code[..3], StringComparer.Ordinal))
        {
            yield return Row(classGroup.Key, classGroup.ToList(), bold: true);
            foreach (var sectionGroup in classGroup.GroupBy(l => l.Code[..5], StringComparer.Ordinal))
            {
                yield return Row(sectionGroup.Key, sectionGroup.ToList(), bold: false);
                foreach (var line in sectionGroup)
                {
                    yield return Row(line.Code, [line], bold: false);
                }
            }
        }
    }

    /// <summary>The seven amount columns of table 2, in order.</summary>
    public static IReadOnlyList<Money?> Columns(IncomeLine line) =>
        [line.Total, line.Fiscal, line.SuperiorSubsidy, line.Business, line.Operating, line.AffiliateRemittance, line.Other];

    private static TableRow Row(string code, IReadOnlyList<IncomeLine> lines, bool bold)
    {
        var name = ClassificationTable.Functional.Find(code)?.Name ?? code;
        var amounts = Enumerable.Range(0, 7).Select(column =>
        {
            var known = lines.Select(l => Columns(l)[column]).Where(m => m is not null).Select(m => m!.Value.Value).ToList();
            return Cells.Amount(known.Count == 0 ? null : known.Sum());
        });
        return new TableRow([new TableCell(code, CellAlignment.Left, Bold: bold), new TableCell(name, CellAlignment.Left, Bold: bold), .. amounts]);
    }
}
