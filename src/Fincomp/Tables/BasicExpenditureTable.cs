using Fincomp.Document;
using Fincomp.Model;
using Fincomp.Reference;

namespace Fincomp.Tables;

/// <summary>
/// Table 6, 一般公共预算财政拨款基本支出决算表, printed as two column groups: 人员经费 (301, 303) on the left and
/// 公用经费 (302, 310) on the right. The table lists what the unit gave and never a row of blanks: 款 with their
/// amounts, a 类 row only when every one of its 款 has an amount (it is their sum), and only the two 合计 rows when the
/// 款 were named without amounts, as many units publish them.
/// </summary>
internal static class BasicExpenditureTable
{
    public const string Title = "一般公共预算财政拨款基本支出决算表";

    private static readonly string[] PersonnelClasses = ["301", "303"];
    private static readonly string[] PublicClasses = ["302", "310"];

    public static StandardTable Build(UnitYear unit, ClassificationTable economic)
    {
        var basic = unit.BasicExpenditure;
        var left = Side(basic.Items, PersonnelClasses, economic);
        var right = Side(basic.Items, PublicClasses, economic);

        var rows = new List<TableRow>
        {
            Cells.Row(Cells.Header("人员经费", 3), Cells.Header("公用经费", 3)),
            Cells.Row(
                Cells.Header("科目编码"), Cells.Header("科目名称"), Cells.Header("决算数"),
                Cells.Header("科目编码"), Cells.Header("科目名称"), Cells.Header("决算数")),
        };
        for (var i = 0; i < Math.Max(left.Count, right.Count); i++)
        {
            rows.Add(Cells.Row([.. Cell(left, i), .. Cell(right, i)]));
        }

        rows.Add(Cells.Row(
            Cells.Total("人员经费合计", 2), Cells.Amount(basic.Personnel?.Value),
            Cells.Total("公用经费合计", 2), Cells.Amount(basic.Public?.Value)));

        var isEmpty = basic.Items.Count == 0 && basic.Personnel.OrZero() == 0m && basic.Public.OrZero() == 0m;
        var table = new Table(rows, 2, [10, 26, 13, 10, 26, 13])
        {
            Title = Title,
            UnitLine = StandardTables.UnitLine,
            Note = isEmpty ? EmptyNote.For(unit.Unit.Name, "一般公共预算财政拨款基本支出") : null,
        };
        return new StandardTable("table6", 6, Title, table, isEmpty);
    }

    private static List<(string Code, string Name, decimal? Amount, bool IsClass)> Side(IReadOnlyList<EconomicItem> items, string[] classes, ClassificationTable economic)
    {
        var lines = new List<(string, string, decimal?, bool)>();
        foreach (var classCode in classes)
        {
            var members = items.Where(i => i.Code.StartsWith(classCode, StringComparison.Ordinal)).OrderBy(i => i.Code, StringComparer.Ordinal).ToList();
            var known = members.Where(m => m.Amount is not null).ToList();
            if (known.Count == 0)
            {
                continue;
            }

            if (known.Count == members.Count)
            {
                lines.Add((classCode, NameOf(economic, classCode, null), known.Sum(m => m.Amount!.Value.Value), true));
            }

            lines.AddRange(known.Select(m => (m.Code, NameOf(economic, m.Code, m.Name), (decimal?)m.Amount!.Value.Value, false)));
        }

        return lines;
    }

    private static string NameOf(ClassificationTable economic, string code, string? written) =>
        economic.Find(code)?.Name ?? written ?? code;

    private static TableCell[] Cell(List<(string Code, string Name, decimal? Amount, bool IsClass)> side, int index)
    {
        if (index >= side.Count)
        {
            return [Cells.Text(string.Empty), Cells.Text(string.Empty), Cells.Amount((decimal?)null)];
        }

        var (code, name, amount, isClass) = side[index];
        return
        [
            new TableCell(code, CellAlignment.Left, Bold: isClass),
            new TableCell(name, CellAlignment.Left, Bold: isClass),
            Cells.Amount(amount),
        ];
    }
}
