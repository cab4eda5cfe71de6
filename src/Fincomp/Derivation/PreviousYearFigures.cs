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
            ThreePublic = previous.ThreePublic.Actual,
            OperatingCosts = previous.OperatingCosts.Amount,
        };
    }
}
