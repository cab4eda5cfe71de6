namespace Fincomp.Derivation;

/// <summary>The sums a 功能分类 node carries; each is the sum over the 项 lines below it.</summary>
public sealed record FunctionalAmounts(decimal Actual, decimal Basic, decimal Project, decimal Budget, decimal InitialBudget, bool HasBudget, bool HasInitialBudget)
{
    public static readonly FunctionalAmounts Zero = new(0m, 0m, 0m, 0m, 0m, false, false);

    public FunctionalAmounts Plus(FunctionalAmounts other) => new(
        Actual + other.Actual,
        Basic + other.Basic,
        Project + other.Project,
        Budget + other.Budget,
        InitialBudget + other.InitialBudget,
        HasBudget || other.HasBudget,
        HasInitialBudget || other.HasInitialBudget);
}
