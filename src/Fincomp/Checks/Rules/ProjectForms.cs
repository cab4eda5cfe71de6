using Fincomp.Model;
using Fincomp.Model.Performance;

namespace Fincomp.Checks.Rules;

/// <summary>Shared readings of a 项目支出绩效自评表 used by the FC18xx rules.</summary>
internal static class ProjectForms
{
    /// <summary>The 预算执行情况 rows that are written.</summary>
    public static IReadOnlyList<BudgetExecutionRow> Rows(BudgetExecution? budget) =>
        budget is null ? [] : new[] { budget.Fiscal, budget.SpecialAccount, budget.UnitFunds, budget.Other }.OfType<BudgetExecutionRow>().ToList();

    /// <summary>总额 of a column, summed from the rows (the form's 总额 row is derived, never typed).</summary>
    public static decimal Sum(BudgetExecution? budget, Func<BudgetExecutionRow, Money?> column) =>
        Rows(budget).Sum(r => column(r).OrZero());

    /// <summary>
    /// The 预算执行 score: as written, or — where the form leaves it blank, as the seed does — the Sichuan formula
    /// weight × min(执行率, 100%), so that the declared total can still be checked.
    /// </summary>
    public static decimal BudgetScore(BudgetExecution budget)
    {
        if (budget.Score is { } score)
        {
            return score;
        }

        var adjusted = Sum(budget, r => r.Adjusted);
        var executed = Sum(budget, r => r.Executed);
        return adjusted == 0m ? 0m : budget.Weight * Math.Min(1m, executed / adjusted);
    }

    /// <summary>The most a project form can score: Σ weights (预算执行 + indicators).</summary>
    public static decimal MaximumScore(ProjectReport project) =>
        project.TotalWeight ?? ((project.Budget?.Weight ?? 0m) + project.Indicators.Sum(i => i.Weight));

    /// <summary>The total score: declared, or summed from the parts.</summary>
    public static decimal TotalScore(ProjectReport project) =>
        project.TotalScore ?? ((project.Budget is { } budget ? BudgetScore(budget) : 0m) + project.Indicators.Sum(i => i.Score ?? 0m));
}
