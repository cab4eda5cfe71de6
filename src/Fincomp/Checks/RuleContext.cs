using Fincomp.Derivation;
using Fincomp.Model;
using Fincomp.Reference;

namespace Fincomp.Checks;

/// <summary>
/// Everything a rule reads, computed once per unit so that rules stay small and the checker allocation-light:
/// the unit, its derived totals, the reference tables and the thresholds.
/// </summary>
public sealed class RuleContext
{
    private IReadOnlyList<TextField>? _texts;
    private IReadOnlyList<Money>? _money;

    public RuleContext(UnitYear unit, ClassificationTable functional, ClassificationTable economic)
    {
        Unit = unit;
        Functional = functional;
        Economic = economic;
        Totals = new UnitTotals(unit);
    }

    public UnitYear Unit { get; }

    public UnitTotals Totals { get; }

    public ClassificationTable Functional { get; }

    public ClassificationTable Economic { get; }

    /// <summary>A year-over-year change needs a reason beyond this share (%), default 10.</summary>
    public decimal ChangePercentThreshold => Unit.Settings.ChangePercentThreshold;

    /// <summary>… and beyond this amount (万元), default 10.</summary>
    public decimal ChangeAmountThreshold => Unit.Settings.ChangeAmountThreshold;

    /// <summary>Every text of the unit with its position, collected on first use.</summary>
    public IReadOnlyList<TextField> Texts => _texts ??= ModelWalker.Texts(Unit);

    /// <summary>Every money figure of the unit, collected on first use.</summary>
    public IReadOnlyList<Money> MoneyFigures => _money ??= ModelWalker.MoneyFigures(Unit);
}
