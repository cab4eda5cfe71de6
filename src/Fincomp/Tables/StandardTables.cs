using Fincomp.Derivation;
using Fincomp.Model;

namespace Fincomp.Tables;

/// <summary>
/// The nine standard disclosure tables (第五部分 附表) of a unit-year, built from the model and the derived totals.
/// All nine are always returned, in order, because an empty table is published too, with its format and a note.
/// </summary>
public static class StandardTables
{
    /// <summary>Every amount in the tables is in 万元.</summary>
    public const string UnitLine = "单位：万元";

    public static IReadOnlyList<StandardTable> For(UnitYear unit)
    {
        ArgumentNullException.ThrowIfNull(unit);
        var totals = new UnitTotals(unit);
        return
        [
            IncomeExpenditureSummaryTable.Build(unit, totals),
            IncomeTable.Build(unit, totals),
            ExpenditureTable.Build(unit, totals),
            FiscalSummaryTable.Build(unit, totals),
            GeneralBudgetExpenditureTable.Build(unit),
            BasicExpenditureTable.Build(unit),
            ThreePublicTable.Build(unit),
            FundTable.Build(unit, totals, Fund.GovernmentFund),
            FundTable.Build(unit, totals, Fund.StateCapital),
        ];
    }
}
