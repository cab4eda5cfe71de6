using Fincomp.Model;
using Fincomp.Model.Performance;

namespace Fincomp.Derivation;

/// <summary>
/// The figures of one 项目支出绩效自评表, computed once for the form, the text and the checker: the 总额 row (sums of the
/// fund rows), 预算执行率, the 预算执行 score and the 合计 weight and score.
/// </summary>
public sealed record ProjectFormFigures
{
    private ProjectFormFigures(ProjectReport project)
    {
        Project = project;
        Rows = RowsOf(project.Budget);
        Initial = Sum(Rows, r => r.Initial);
        Adjusted = Sum(Rows, r => r.Adjusted);
        Executed = Sum(Rows, r => r.Executed);
        ExecutionRate = Adjusted is { } adjusted && Executed is { } executed ? Display.Percent(executed, adjusted) : null;
        BudgetScore = project.Budget is { } b ? BudgetScoreOf(b, Adjusted, Executed) : null;
        Weight = (project.Budget?.Weight ?? 0m) + project.Indicators.Sum(i => i.Weight);
        Score = (BudgetScore ?? 0m) + project.Indicators.Sum(i => i.Score ?? 0m);
    }

    public ProjectReport Project { get; }

    /// <summary>The 预算执行情况 rows that are written.</summary>
    public IReadOnlyList<BudgetExecutionRow> Rows { get; }

    /// <summary>总额 of 年初预算, 调整后预算数 and 预算执行数: the sums of the written rows, null when no row is written.</summary>
    public decimal? Initial { get; }

    public decimal? Adjusted { get; }

    public decimal? Executed { get; }

    /// <summary>执行数 ÷ 调整后预算数 as a display percentage; null without rows or with a zero budget.</summary>
    public decimal? ExecutionRate { get; }

    /// <summary>
    /// The 预算执行 score: as written, or, where the form leaves it blank as the seed does, the Sichuan formula
    /// weight × min(执行率, 100%), rounded half-up to two decimals here, once. The form prints this same score and FC1803
    /// adds this same score, so its 合计 is the sum of what it shows. Null when it is neither written nor computable (no
    /// rows, or a zero 调整后预算数: there is no rate to score), never a made-up 0.
    /// </summary>
    public decimal? BudgetScore { get; }

    /// <summary>合计 weight: 预算执行 + the indicators.</summary>
    public decimal Weight { get; }

    /// <summary>合计 score: the 预算执行 score + the indicator scores (a blank indicator score adds nothing).</summary>
    public decimal Score { get; }

    /// <summary>The most the form can score: the printed 合计 weight, or the sum of the weights.</summary>
    public decimal MaximumScore => Project.TotalWeight ?? Weight;

    /// <summary>The total score the text states: the printed 合计 score, or the sum.</summary>
    public decimal StatedScore => Project.TotalScore ?? Score;

    public static ProjectFormFigures Of(ProjectReport project)
    {
        ArgumentNullException.ThrowIfNull(project);
        return new ProjectFormFigures(project);
    }

    private static decimal? BudgetScoreOf(BudgetExecution budget, decimal? adjusted, decimal? executed) =>
        budget.Score ?? (adjusted is { } a && a != 0m && executed is { } e ? Display.Round(budget.Weight * Math.Min(1m, e / a)) : null);

    private static IReadOnlyList<BudgetExecutionRow> RowsOf(BudgetExecution? budget) =>
        budget is null ? [] : new[] { budget.Fiscal, budget.SpecialAccount, budget.UnitFunds, budget.Other }.OfType<BudgetExecutionRow>().ToList();

    private static decimal? Sum(IReadOnlyList<BudgetExecutionRow> rows, Func<BudgetExecutionRow, Money?> column) =>
        rows.Count == 0 ? null : rows.Sum(r => column(r).OrZero());
}
