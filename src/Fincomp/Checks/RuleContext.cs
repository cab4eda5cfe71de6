using Fincomp.Derivation;
using Fincomp.Model;
using Fincomp.Reference;

namespace Fincomp.Checks;

/// <summary>
/// Everything a rule reads, computed once per unit so that rules stay small and the checker allocation-light: the
/// unit, its derived figures (the same object the report is built from), the reference tables and the thresholds.
/// </summary>
public sealed class RuleContext
{
    private IReadOnlyList<TextField>? _texts;
    private IReadOnlyList<Money>? _money;

    /// <summary>A context over figures already derived (the pipeline derives them once for checking and building).</summary>
    public RuleContext(ReportFigures figures)
    {
        ArgumentNullException.ThrowIfNull(figures);
        Figures = figures;
    }

    public RuleContext(UnitYear unit, ClassificationTable functional, ClassificationTable economic)
        : this(new ReportFigures(unit, functional, economic))
    {
    }

    /// <summary>The derived figures: every total, roll-up and list, each its figure of record.</summary>
    public ReportFigures Figures { get; }

    /// <summary>The unit, with last year's figures resolved from last year's file when it names one.</summary>
    public UnitYear Unit => Figures.Unit;

    public UnitTotals Totals => Figures.Totals;

    public ClassificationTable Functional => Figures.Functional;

    public ClassificationTable Economic => Figures.Economic;

    /// <summary>A year-over-year change needs a reason beyond this share (%), default 10.</summary>
    public decimal ChangePercentThreshold => Unit.Settings.ChangePercentThreshold;

    /// <summary>… and beyond this amount (万元), default 10.</summary>
    public decimal ChangeAmountThreshold => Unit.Settings.ChangeAmountThreshold;

    /// <summary>Every text of the unit with its position, collected on first use.</summary>
    public IReadOnlyList<TextField> Texts => _texts ??= ModelWalker.Texts(Unit);

    /// <summary>Every money figure of the unit, collected on first use.</summary>
    public IReadOnlyList<Money> MoneyFigures => _money ??= ModelWalker.MoneyFigures(Unit);
}
