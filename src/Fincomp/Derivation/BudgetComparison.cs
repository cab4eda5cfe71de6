using Fincomp.Model;

namespace Fincomp.Derivation;

/// <summary>
/// The budget every comparison of the report is made against, decided once per unit: the basis the unit (or its folder
/// manifest) chose in <c>settings.comparison_basis</c>, or, when it chose none, the budget its 项 lines give (全年预算
/// where any line gives <c>budget</c>, else 年初预算 where any gives <c>initial_budget</c>), so that a unit that entered
/// only 年初预算 still gets its completion rates and per-item reasons. The wording, the template figures and the rules
/// that compare with a budget all take the budget of a line from here.
/// </summary>
public sealed class BudgetComparison
{
    private BudgetComparison(BudgetBasis basis, bool chosen)
    {
        Basis = basis;
        Chosen = chosen;
    }

    /// <summary>The comparison of 全年预算, as the report compared before a basis could be chosen.</summary>
    public static BudgetComparison FullYear { get; } = new(BudgetBasis.FullYear, false);

    /// <summary>The comparison on a basis chosen by the caller.</summary>
    public static BudgetComparison On(BudgetBasis basis) => new(basis, true);

    public BudgetBasis Basis { get; }

    /// <summary>True when the unit or its manifest chose the basis; false when it was inferred from the lines.</summary>
    public bool Chosen { get; }

    public bool IsInitial => Basis == BudgetBasis.Initial;

    /// <summary>
    /// The basis' name: "全年预算" or "年初预算", as sentences use it ("完成年初预算的98.69%", "年初预算为…万元"); the
    /// figure itself is the name with 数 ("上述“预算”口径为全年预算数").
    /// </summary>
    public string Name => IsInitial ? "年初预算" : "全年预算";

    /// <summary>The words before a completion rate: "完成预算100%", "完成年初预算的98.69%".</summary>
    public string CompletionWords => IsInitial ? "完成年初预算的" : "完成预算";

    public static BudgetComparison For(UnitYear unit)
    {
        ArgumentNullException.ThrowIfNull(unit);
        if (unit.Settings.ComparisonBasis is { } chosen)
        {
            return new BudgetComparison(chosen, true);
        }

        var lines = unit.Functional.Lines;
        var anyInitial = lines.Any(l => l.InitialBudget is not null);
        var packInitial = unit.Settings.TemplatePack.ComparisonBasis() == BudgetBasis.Initial;
        var inferred = anyInitial && (packInitial || !lines.Any(l => l.Budget is not null))
            ? BudgetBasis.Initial
            : BudgetBasis.FullYear;
        return new BudgetComparison(inferred, false);
    }

    /// <summary>The line's budget on this basis, or null when the line does not give it.</summary>
    /// <summary>
    /// The 项 lines whose budget the text compares (完成预算百分比, the reason): every line but 其他资金, whose budget and
    /// reason no table or sentence prints (FC1707 says so where a clerk writes them).
    /// </summary>
    public static IEnumerable<FunctionalLine> ComparedLines(UnitYear unit)
    {
        ArgumentNullException.ThrowIfNull(unit);
        return unit.Functional.Lines.Where(l => l.Fund != Fund.Other);
    }

    public Money? BudgetOf(FunctionalLine line)
    {
        ArgumentNullException.ThrowIfNull(line);
        return IsInitial ? line.InitialBudget : line.Budget;
    }

    /// <summary>The line's budget on the other basis (what the clerk may have written instead).</summary>
    public Money? OtherBudgetOf(FunctionalLine line)
    {
        ArgumentNullException.ThrowIfNull(line);
        return IsInitial ? line.Budget : line.InitialBudget;
    }

    /// <summary>The summed budget of a node on this basis, or null when none of its 项 gives it.</summary>
    public decimal? BudgetOf(FunctionalAmounts amounts)
    {
        ArgumentNullException.ThrowIfNull(amounts);
        return IsInitial
            ? amounts.HasInitialBudget ? amounts.InitialBudget : null
            : amounts.HasBudget ? amounts.Budget : null;
    }
}
