namespace Fincomp.Derivation;

/// <summary>
/// One part of the "三公" figures with its budget, actual and last year's actual, each summed from the model's amounts
/// (公务用车 = 购置 + 运行维护, 公务接待 = 国内 + 外事) so the text and table 7 agree.
/// </summary>
public sealed record ThreePublicPart(string Name, decimal Budget, decimal Actual, decimal? Previous)
{
    /// <summary>Whether the unit gave this year's amount (<see cref="ThreePublicRecord.Missing"/>): otherwise no sentence states it.</summary>
    public bool ActualGiven { get; init; } = true;

    /// <summary>
    /// Whether the unit gave this part's 预算数 (as <see cref="ActualGiven"/> for the 决算数): otherwise <see cref="Budget"/> is 0,
    /// and no "完成预算x%" or budget gap is stated against it (FC1002 names the missing key).
    /// </summary>
    public bool BudgetGiven { get; init; } = true;

    /// <summary>The 预算数 where the unit gave it (<see cref="BudgetGiven"/>), else null: never a rate against an invented 0.</summary>
    public decimal? GivenBudget => BudgetGiven ? Budget : null;
}
