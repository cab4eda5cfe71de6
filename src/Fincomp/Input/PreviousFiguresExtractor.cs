using Fincomp.Derivation;
using Fincomp.Diagnostics;
using Fincomp.Model;

namespace Fincomp.Input;

/// <summary>
/// Takes from last year's unit the figures this year's report compares with, so that a unit whose previous file
/// exists never types them twice. Each figure points at the <c>previous_year</c> key that brought it in.
/// </summary>
internal static class PreviousFiguresExtractor
{
    public static PreviousFigures From(UnitYear previous, SourceSpan reference)
    {
        var totals = new UnitTotals(previous);
        Money At(decimal value) => new(value, reference);
        var byClass = previous.Functional.Lines
            .Where(l => l.Fund == Fund.GeneralBudget && l.Code.Length >= 3)
            .GroupBy(l => l.Code[..3], StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new DeclaredTotal { Code = g.Key, Actual = At(g.Sum(l => l.Actual.Value)), Span = reference })
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
