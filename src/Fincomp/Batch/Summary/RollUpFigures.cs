using Fincomp.Derivation;

namespace Fincomp.Batch.Summary;

/// <summary>
/// The figures of one unit that its roll-up row prints, taken from its <see cref="ReportFigures"/> when the unit is
/// done. A batch keeps these, not the unit's figures, until the summary is written: the whole model of a thousand units
/// held to the end of a batch would grow its memory with every unit.
/// </summary>
public sealed record RollUpFigures(string Unit, int Year)
{
    public decimal GrandTotal { get; init; }

    public decimal? PreviousGrandTotal { get; init; }

    public decimal? Change { get; init; }

    public decimal? Basic { get; init; }

    public decimal? Project { get; init; }

    public decimal FiscalIncome { get; init; }

    public decimal? ThreePublic { get; init; }

    public decimal? OperatingCosts { get; init; }

    public decimal? Procurement { get; init; }

    public decimal? SelfEvaluationScore { get; init; }

    public static RollUpFigures Of(ReportFigures figures)
    {
        ArgumentNullException.ThrowIfNull(figures);
        var unit = figures.Unit;
        var totals = figures.Totals;
        return new RollUpFigures(unit.Unit.Name, unit.Unit.Year)
        {
            GrandTotal = totals.IncomeGrandTotal,
            PreviousGrandTotal = unit.Previous?.IncomeGrandTotal?.Value,
            Change = figures.GrandTotalChange,
            Basic = unit.Statement.Expenditure.Basic?.Value,
            Project = unit.Statement.Expenditure.Project?.Value,
            FiscalIncome = totals.FiscalIncome,
            ThreePublic = figures.ThreePublic.Given && figures.ThreePublic.Actual.KnowsTotal ? figures.ThreePublic.Actual.Total : null,
            OperatingCosts = figures.OperatingCosts,
            Procurement = figures.Procurement?.Total,
            SelfEvaluationScore = unit.Performance.UnitReport?.Score,
        };
    }
}
