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
    /// Whether the unit gave this part's 预算数 in full, and its 决算数 too: a rate compares two figures, and one summed
    /// over amounts some of which were not written stands for neither (absent is not zero). Otherwise no "完成预算x%"
    /// or budget gap is stated (FC1002 names the missing key); where the 预算数 is missing <see cref="Budget"/> is 0.
    /// </summary>
    public bool BudgetGiven { get; init; } = true;

    /// <summary>The 预算数 where it can be compared (<see cref="BudgetGiven"/>), else null: never a rate against an invented 0.</summary>
    public decimal? GivenBudget => BudgetGiven ? Budget : null;
}
