using Fincomp.Derivation;
using Fincomp.Model;
using Fincomp.Model.Performance;

namespace Fincomp.Checks.Rules;

/// <summary>
/// Shared readings of a 项目支出绩效自评表 used by the FC18xx rules, all taken from <see cref="ProjectFormFigures"/> so
/// that the checker, the form and the text use one formula.
/// </summary>
internal static class ProjectForms
{
    /// <summary>The 预算执行情况 rows that are written.</summary>
    public static IReadOnlyList<BudgetExecutionRow> Rows(BudgetExecution? budget) =>
        budget is null ? [] : new[] { budget.Fiscal, budget.SpecialAccount, budget.UnitFunds, budget.Other }.OfType<BudgetExecutionRow>().ToList();

    /// <summary>总额 of a column, summed from the rows (the form's 总额 row is derived, never typed).</summary>
    public static decimal Sum(BudgetExecution? budget, Func<BudgetExecutionRow, Money?> column) =>
        Rows(budget).Sum(r => column(r).OrZero());

    /// <summary>The most a project form can score: Σ weights (预算执行 + indicators), or the printed 合计 weight.</summary>
    public static decimal MaximumScore(ProjectReport project) => ProjectFormFigures.Of(project).MaximumScore;

    /// <summary>The total score: declared, or summed from the parts.</summary>
    public static decimal TotalScore(ProjectReport project) => ProjectFormFigures.Of(project).StatedScore;
}
