namespace Fincomp.Batch.Summary;

/// <summary>
/// One unit's line of the bureau's roll-up. Every figure is the report's own (its figures of record, from ReportFigures);
/// figures are null where the unit could not be read or the figure does not exist (no previous year).
/// </summary>
public sealed record SummaryRow(string File, string Unit, int? Year, string Status, int Errors, int Warnings, string Output)
{
    public decimal? GrandTotal { get; init; }

    public decimal? PreviousGrandTotal { get; init; }

    public decimal? Change { get; init; }

    public decimal? ChangePercent { get; init; }

    public decimal? Basic { get; init; }

    public decimal? Project { get; init; }

    public decimal? FiscalIncome { get; init; }

    public decimal? ThreePublic { get; init; }

    public decimal? OperatingCosts { get; init; }

    public decimal? Procurement { get; init; }

    public decimal? SelfEvaluationScore { get; init; }

    /// <summary>Which units this row adds up, when it is a totals row.</summary>
    public SummaryTotals Totals { get; init; }
}
