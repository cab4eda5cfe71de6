namespace Fincomp.Derivation;

/// <summary>The sums a 功能分类 node carries; each is the sum over the 项 lines below it.</summary>
public sealed record FunctionalAmounts(decimal Actual, decimal Basic, decimal Project, decimal Budget, decimal InitialBudget, bool HasBudget, bool HasInitialBudget)
{
    public static readonly FunctionalAmounts Zero = new(0m, 0m, 0m, 0m, 0m, false, false);

    /// <summary>上缴上级支出, as the 项 lines below write it (table 3).</summary>
    public decimal RemittanceToSuperior { get; init; }

    /// <summary>经营支出, as the 项 lines below write it (table 3).</summary>
    public decimal Operating { get; init; }

    /// <summary>对附属单位补助支出, as the 项 lines below write it (table 3).</summary>
    public decimal SubsidyToAffiliates { get; init; }

    public FunctionalAmounts Plus(FunctionalAmounts other) => new(
        Actual + other.Actual,
        Basic + other.Basic,
        Project + other.Project,
        Budget + other.Budget,
        InitialBudget + other.InitialBudget,
        HasBudget || other.HasBudget,
        HasInitialBudget || other.HasInitialBudget)
    {
        RemittanceToSuperior = RemittanceToSuperior + other.RemittanceToSuperior,
        Operating = Operating + other.Operating,
        SubsidyToAffiliates = SubsidyToAffiliates + other.SubsidyToAffiliates,
    };
}
