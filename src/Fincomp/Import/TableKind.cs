namespace Fincomp.Import;

/// <summary>The nine 公开表, numbered as published.</summary>
public enum TableKind
{
    IncomeExpenditureSummary = 1,
    Income = 2,
    Expenditure = 3,
    FiscalSummary = 4,
    GeneralBudgetExpenditure = 5,
    BasicExpenditure = 6,
    ThreePublic = 7,
    GovernmentFund = 8,
    StateCapital = 9,
}
