using Fincomp.Diagnostics;
using Fincomp.Model;
using Fincomp.Reference;

namespace Fincomp.Derivation;

/// <summary>
/// Takes from last year's unit the figures this year's report compares with, so that a unit whose previous file
/// exists never types them twice. They are last year's figures of record (its printed totals where they agree with
/// their parts), so that a change is computed from what last year's report printed. Each figure points at the
/// <c>previous_year</c> key that brought it in.
/// </summary>
internal static class PreviousYearFigures
{
    public static PreviousFigures From(UnitYear previous, SourceSpan reference, ClassificationTable functional)
    {
        var totals = new UnitTotals(previous);
        Money At(decimal value) => new(value, reference);
        var byClass = FunctionalTree.GeneralBudget(previous, functional).Classes
            .Select(c => new DeclaredTotal { Code = c.Code, Actual = At(c.Amounts.Actual), Span = reference })
            .ToList();
        return new PreviousFigures
        {
            Span = reference,
            IncomeGrandTotal = At(totals.IncomeGrandTotal),
            ExpenditureGrandTotal = At(totals.ExpenditureGrandTotal),
            FiscalIncomeGrandTotal = At(totals.FiscalIncomeGrandTotal),
            FiscalExpenditureGrandTotal = At(totals.FiscalExpenditureGrandTotal),
            GeneralBudgetExpenditure = At(totals.GeneralBudgetExpenditure),
            GeneralBudgetByClass = byClass,
            ThreePublic = previous.IsWritten(nameof(UnitYear.ThreePublic)) ? ThreePublicOfRecord(previous.ThreePublic.Actual, reference) : null,
            OperatingCosts = previous.OperatingCosts.Amount,
        };
    }

    /// <summary>
    /// Last year's "三公" 决算 as its own report printed it: parts it left out were printed as 0 (the rule of the tables),
    /// so every part and total is given here. A year that wrote no "三公" section gives none of them.
    /// </summary>
    private static ThreePublicAmounts ThreePublicOfRecord(ThreePublicAmounts actual, SourceSpan reference)
    {
        Money At(decimal value) => new(value, reference);
        var record = ThreePublicRecord.Of(actual);
        return new ThreePublicAmounts
        {
            Span = reference,
            Overseas = At(record.Overseas),
            VehiclePurchase = At(record.VehiclePurchase),
            VehicleOperation = At(record.VehicleOperation),
            DomesticReception = At(record.DomesticReception),
            ForeignReception = At(record.ForeignReception),
            VehicleTotal = At(record.Vehicles),
            ReceptionTotal = At(record.Receptions),
            Total = At(record.Total),
        };
    }
}
