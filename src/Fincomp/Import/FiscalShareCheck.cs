using Fincomp.Derivation;
using Fincomp.Diagnostics;
using Fincomp.Reference;

namespace Fincomp.Import;

/// <summary>
/// Table 3 spends all funds by 科目, tables 5, 8 and 9 only the 财政拨款 part, so no 科目 can have more in those than in
/// table 3. When one does, a cell was misread or mistyped (a text amount, a unit): the difference would become a
/// negative 其他资金 line that points nowhere, so it is reported at table 3's cell instead, with the cells it exceeds.
/// </summary>
internal static class FiscalShareCheck
{
    public static void Check(FigureCollector figures, DiagnosticBag diagnostics)
    {
        if (!figures.HasExpenditureTable)
        {
            return;
        }

        foreach (var rows in figures.AllFundLines.GroupBy(l => l.Code, StringComparer.Ordinal))
        {
            var all = rows.Sum(l => l.Actual.Value);
            var fiscal = figures.FundLines.Where(l => l.Code == rows.Key).ToList();
            var fiscalSum = fiscal.Sum(l => l.Actual.Value);
            if (fiscalSum <= all)
            {
                continue;
            }

            var name = ClassificationTable.Functional.Find(rows.Key)?.Name;
            var parts = string.Join("、", fiscal.Select(l => $"{l.Actual.Span.Place} 为 {Display.TableAmount(l.Actual.Value)}"));
            diagnostics.Error(ImportCodes.FiscalExceedsAllFunds, rows.First().Actual.Span,
                $"支出决算表中科目 {rows.Key} {name} 的支出合计为 {Display.TableAmount(all)} 万元，少于同一科目的财政拨款支出 {Display.TableAmount(fiscalSum)} 万元（{parts}）。"
                + "支出决算表列的是全部资金，不能少于其中的财政拨款：请核对这几个单元格（文字金额、千位分隔符、金额单位）后再导入。");
        }
    }
}
