using System.Globalization;
using Fincomp.Derivation;
using Fincomp.Diagnostics;

namespace Fincomp.Batch.Summary;

/// <summary>Turns a batch's outcomes into roll-up rows, and adds the totals row.</summary>
public static class SummaryRows
{
    public static IReadOnlyList<SummaryRow> From(IEnumerable<UnitOutcome> outcomes) => outcomes.Select(Row).ToList();

    /// <summary>
    /// The totals rows. 合计 adds every money column over the units whose report was written (a unit not built has
    /// figures nobody should add up). Last year's total and the change are given there only when all of those units
    /// have last year's figures; otherwise a second row, 可比合计, adds every column over the units that have them, so
    /// that in each row 收支总计 − 上年收支总计 = 增减额. A batch of several report years is never added up across
    /// years (a sum of 2023 and 2024 is no figure of anything): each year gets its own rows, 2023年合计 and so on, in
    /// year order, with the year in the row.
    /// </summary>
    public static IReadOnlyList<SummaryRow> Totals(IReadOnlyList<SummaryRow> rows)
    {
        var built = rows.Where(r => r.Totals == SummaryTotals.None && IsBuilt(r.Status)).ToList();
        var years = built.Select(r => r.Year).Distinct().Order().ToList();
        if (years.Count <= 1)
        {
            return TotalsOf(built, year: null);
        }

        return [.. years.SelectMany(year => TotalsOf([.. built.Where(r => r.Year == year)], year))];
    }

    /// <param name="year">The year these units report on, when the batch has several; null when it has one.</param>
    private static List<SummaryRow> TotalsOf(IReadOnlyList<SummaryRow> built, int? year)
    {
        var prefix = year is { } y ? string.Create(CultureInfo.InvariantCulture, $"{y}年") : "";
        var comparable = built.Where(r => r.PreviousGrandTotal.HasValue).ToList();
        var allComparable = comparable.Count == built.Count;
        var totals = new List<SummaryRow> { Total(built, $"{prefix}合计", $"{prefix}已生成的 {built.Count} 个单位", SummaryTotals.Built, withPrevious: allComparable) with { Year = year } };
        if (!allComparable && comparable.Count > 0)
        {
            totals.Add(Total(comparable, $"{prefix}可比合计", $"其中有上年数的 {comparable.Count} 个单位", SummaryTotals.Comparable, withPrevious: true) with { Year = year });
        }

        return totals;
    }

    /// <summary>The statuses whose units are in the totals: their report was written.</summary>
    public static bool IsBuilt(string status) => status == StatusWord(UnitStatus.Succeeded) || status == StatusWord(UnitStatus.Forced);

    private static SummaryRow Total(IReadOnlyList<SummaryRow> rows, string label, string which, SummaryTotals kind, bool withPrevious) =>
        new("", label, null, which, rows.Sum(r => r.Errors), rows.Sum(r => r.Warnings), "")
        {
            GrandTotal = Sum(rows, r => r.GrandTotal),
            PreviousGrandTotal = withPrevious ? Sum(rows, r => r.PreviousGrandTotal) : null,
            Change = withPrevious ? Sum(rows, r => r.Change) : null,
            Basic = Sum(rows, r => r.Basic),
            Project = Sum(rows, r => r.Project),
            FiscalIncome = Sum(rows, r => r.FiscalIncome),
            ThreePublic = Sum(rows, r => r.ThreePublic),
            OperatingCosts = Sum(rows, r => r.OperatingCosts),
            Procurement = Sum(rows, r => r.Procurement),
            Totals = kind,
        };

    private static SummaryRow Row(UnitOutcome outcome)
    {
        var status = StatusWord(outcome.Status);
        var output = string.Join("; ", outcome.Outputs);
        if (outcome.RollUp is not { } figures)
        {
            return new SummaryRow(PrintableText.Escape(outcome.File), PrintableText.Escape(Path.GetFileNameWithoutExtension(outcome.File)), null, status, outcome.Errors, outcome.Warnings, PrintableText.Escape(output));
        }

        return new SummaryRow(PrintableText.Escape(outcome.File), PrintableText.Escape(figures.Unit), figures.Year, status, outcome.Errors, outcome.Warnings, PrintableText.Escape(output))
        {
            GrandTotal = figures.GrandTotal,
            PreviousGrandTotal = figures.PreviousGrandTotal,
            Change = figures.Change,
            ChangePercent = figures.PreviousGrandTotal is { } q && figures.Change is { } c ? Display.ChangePercent(c, q) : null,
            Basic = figures.Basic,
            Project = figures.Project,
            FiscalIncome = figures.FiscalIncome,
            ThreePublic = figures.ThreePublic,
            OperatingCosts = figures.OperatingCosts,
            Procurement = figures.Procurement,
            SelfEvaluationScore = figures.SelfEvaluationScore,
        };
    }

    private static decimal? Sum(IReadOnlyList<SummaryRow> rows, Func<SummaryRow, decimal?> figure)
    {
        var values = rows.Select(figure).Where(v => v.HasValue).ToList();
        return values.Count == 0 ? null : values.Sum();
    }

    public static string StatusWord(UnitStatus status) => status switch
    {
        UnitStatus.Succeeded => "通过",
        UnitStatus.Forced => "有错误（强制生成）",
        UnitStatus.Failed => "有错误",
        UnitStatus.AuditFailed => "自检未通过",
        UnitStatus.WriteFailed => "无法写出",
        UnitStatus.TemplateFailed => "模板有误",
        UnitStatus.OutputConflict => "输出冲突",
        UnitStatus.DuplicateUnit => "重复单位",
        _ => "无法读取",
    };
}
