using Fincomp.Derivation;

namespace Fincomp.Batch.Summary;

/// <summary>Turns a batch's outcomes into roll-up rows, and adds the totals row.</summary>
public static class SummaryRows
{
    public static IReadOnlyList<SummaryRow> From(IEnumerable<UnitOutcome> outcomes) => outcomes.Select(Row).ToList();

    /// <summary>The totals row: money columns summed over the units that have the figure.</summary>
    public static SummaryRow Totals(IReadOnlyList<SummaryRow> rows) => new("", "合计", null, "", rows.Sum(r => r.Errors), rows.Sum(r => r.Warnings), "")
    {
        GrandTotal = Sum(rows, r => r.GrandTotal),
        PreviousGrandTotal = Sum(rows, r => r.PreviousGrandTotal),
        Change = Sum(rows, r => r.Change),
        Basic = Sum(rows, r => r.Basic),
        Project = Sum(rows, r => r.Project),
        FiscalIncome = Sum(rows, r => r.FiscalIncome),
        ThreePublic = Sum(rows, r => r.ThreePublic),
        OperatingCosts = Sum(rows, r => r.OperatingCosts),
        Procurement = Sum(rows, r => r.Procurement),
    };

    private static SummaryRow Row(UnitOutcome outcome)
    {
        var status = StatusWord(outcome.Status);
        var output = string.Join("; ", outcome.Outputs);
        var seconds = Display.Round((decimal)outcome.Elapsed.TotalSeconds, 3);
        if (outcome.Figures is not { } figures)
        {
            return new SummaryRow(outcome.File, Path.GetFileNameWithoutExtension(outcome.File), null, status, outcome.Errors, outcome.Warnings, output) { Seconds = seconds };
        }

        var unit = figures.Unit;
        var totals = figures.Totals;
        var previous = unit.Previous?.IncomeGrandTotal?.Value;
        var change = previous is { } p ? totals.IncomeGrandTotal - p : (decimal?)null;
        return new SummaryRow(outcome.File, unit.Unit.Name, unit.Unit.Year, status, outcome.Errors, outcome.Warnings, output)
        {
            GrandTotal = totals.IncomeGrandTotal,
            PreviousGrandTotal = previous,
            Change = change,
            ChangePercent = previous is { } q && change is { } c ? Display.Percent(c, q) : null,
            Basic = unit.Statement.Expenditure.Basic?.Value,
            Project = unit.Statement.Expenditure.Project?.Value,
            FiscalIncome = totals.FiscalIncome,
            ThreePublic = figures.ThreePublic.Actual.Total,
            OperatingCosts = figures.OperatingCosts,
            Procurement = figures.Procurement?.Total,
            SelfEvaluationScore = unit.Performance.UnitReport?.Score,
            Seconds = seconds,
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
        _ => "无法读取",
    };
}
