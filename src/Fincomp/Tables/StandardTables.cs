using Fincomp.Derivation;
using Fincomp.Model;
using Fincomp.Reference;

namespace Fincomp.Tables;

/// <summary>
/// The nine standard disclosure tables (第五部分 附表) of a unit-year, built from the model and the derived totals.
/// All nine are always returned, in order, because an empty table is published too, with its format and a note.
/// </summary>
public static class StandardTables
{
    /// <summary>Every amount in the tables is in 万元.</summary>
    public const string UnitLine = "单位：万元";

    /// <summary>The tables labelled with the shipped 科目 of the unit's year.</summary>
    public static IReadOnlyList<StandardTable> For(UnitYear unit) =>
        For(unit, ClassificationCatalog.For(unit?.Unit.Year ?? throw new ArgumentNullException(nameof(unit))));

    /// <summary>The tables labelled with <paramref name="tables"/>: the unit's year's 科目 and the clerk's additions.</summary>
    public static IReadOnlyList<StandardTable> For(UnitYear unit, ClassificationTables tables)
    {
        ArgumentNullException.ThrowIfNull(unit);
        ArgumentNullException.ThrowIfNull(tables);
        var totals = new UnitTotals(unit);
        return
        [
            IncomeExpenditureSummaryTable.Build(unit, totals, tables.Functional),
            IncomeTable.Build(unit, totals, tables.Functional),
            ExpenditureTable.Build(unit, totals, tables.Functional),
            FiscalSummaryTable.Build(unit, totals, tables.Functional),
            GeneralBudgetExpenditureTable.Build(unit, tables.Functional),
            BasicExpenditureTable.Build(unit, tables.Economic),
            ThreePublicTable.Build(unit),
            FundTable.Build(unit, totals, Fund.GovernmentFund, tables.Functional),
            FundTable.Build(unit, totals, Fund.StateCapital, tables.Functional),
        ];
    }
}
