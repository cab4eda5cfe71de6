using Fincomp.Derivation;
using Fincomp.Diagnostics;

namespace Fincomp.Import;

/// <summary>
/// Catches a table whose unit line does not fit its numbers (a table in 元 labelled 万元, or the reverse), which a
/// per-table conversion notice cannot: every table is a part of the 收入支出决算总表, so none holds an amount far above
/// the 总表's largest (its 总计), and tables 2 and 3, which hold the whole year's income and spending, are never a
/// thousandth of it. A wrong unit is off by 10,000, so the bounds (100× above, 1/1000 below) leave real workbooks
/// ample room. When most tables disagree with the 总表 the same way, the 总表's own unit line is the wrong one.
/// </summary>
internal static class TableScales
{
    private const decimal Above = 100m;
    private const decimal Below = 1000m;

    /// <summary>Reports each table whose unit does not fit (FC0311); true when there was one.</summary>
    public static bool Check(IReadOnlyDictionary<TableKind, TableReader> readers, DiagnosticBag diagnostics)
    {
        if (!readers.TryGetValue(TableKind.IncomeExpenditureSummary, out var summary) || summary.Largest is not { Value: not 0m } whole)
        {
            return false;
        }

        var others = readers.Where(r => r.Key != TableKind.IncomeExpenditureSummary && r.Value.Largest is { Value: not 0m })
            .Select(r => (r.Key, Reader: r.Value, Largest: r.Value.Largest!))
            .ToList();
        var tooLarge = others.Where(o => Size(o.Largest) > Size(whole) * Above).ToList();
        var tooSmall = others.Where(o => o.Key is TableKind.Income or TableKind.Expenditure && Size(o.Largest) * Below < Size(whole)).ToList();
        if (tooLarge.Count * 2 > others.Count || (tooSmall.Count == 2 && tooLarge.Count == 0))
        {
            var example = tooLarge.Count > 0 ? tooLarge[0] : tooSmall[0];
            var larger = tooLarge.Count > 0;
            Report(diagnostics, summary, whole,
                $"其他各表的数{(larger ? "大多比它大" : "（收入决算表、支出决算表）都只有它的")}约 {Times(whole, example.Largest)} {(larger ? "倍" : "分之一")}，如{example.Reader.Title} {Place(example.Largest)} 为 {Display.TableAmount(example.Largest.Value)} 万元",
                larger ? "万元" : "元");
            return true;
        }

        foreach (var (_, reader, largest) in tooLarge)
        {
            Report(diagnostics, reader, largest,
                $"比收入支出决算总表的总计（{Place(whole)}，{Display.TableAmount(whole.Value)} 万元）大约 {Times(whole, largest)} 倍，而各表都是总表的一部分",
                "元");
        }

        foreach (var (_, reader, largest) in tooSmall)
        {
            Report(diagnostics, reader, largest,
                $"只有收入支出决算总表总计（{Place(whole)}，{Display.TableAmount(whole.Value)} 万元）的约 {Times(whole, largest)} 分之一，而这张表列的是全年的收入或支出",
                "万元");
        }

        return tooLarge.Count + tooSmall.Count > 0;
    }

    private static void Report(DiagnosticBag diagnostics, TableReader reader, ImportedAmount largest, string why, string looksLike)
    {
        var layout = reader.Layout;
        var (row, column) = layout.UnitCell ?? (Math.Max(0, layout.HeaderStart - 1), 0);
        var written = layout.UnitText is { } unit ? $"表上写的是“{unit}”" : "表上没有写单位（按万元读）";
        diagnostics.Error(ImportCodes.ImplausibleUnit, reader.Span(row, column),
            $"{reader.Title}的金额单位看来不对：表中最大的数（{Place(largest)}）换算后为 {Display.TableAmount(largest.Value)} 万元，{why}。{written}，数字却像是以{looksLike}为单位。"
            + $"请在工作簿中把这张表上方的单位改成“单位：{looksLike}”（或从决算软件按正确的单位重新导出）后再导入。");
    }

    private static decimal Size(ImportedAmount amount) => Math.Abs(amount.Value);

    private static string Place(ImportedAmount amount) => amount.Span.Place ?? amount.Span.File;

    /// <summary>The ratio of the two sizes as a power of ten (10000 for a 元/万元 mix-up), since only its order matters.</summary>
    private static string Times(ImportedAmount a, ImportedAmount b)
    {
        var (large, small) = Size(a) >= Size(b) ? (Size(a), Size(b)) : (Size(b), Size(a));
        var power = 1m;
        while (large / small >= power * 3.1623m)
        {
            power *= 10m;
        }

        return power.ToString("#,##0", System.Globalization.CultureInfo.InvariantCulture);
    }
}
