using Fincomp.Derivation;
using Fincomp.Model;

namespace Fincomp.Tables;

/// <summary>
/// The nine standard disclosure tables (第五部分 附表) of a unit-year, built from its derived figures.
/// All nine are always returned, in order, because an empty table is published too, with its format and a note.
/// </summary>
public static class StandardTables
{
    /// <summary>Every amount in the tables is in 万元.</summary>
    public const string UnitLine = "单位：万元";

    /// <summary>How many standard tables are published (table1–table9).</summary>
    public const int Count = 9;

    /// <summary>The tables of a unit with the built-in classification tables.</summary>
    public static IReadOnlyList<StandardTable> For(UnitYear unit) => For(ReportFigures.Of(unit));

    /// <summary>The nine tables, every figure read from the unit's derived figures.</summary>
    public static IReadOnlyList<StandardTable> For(ReportFigures figures)
    {
        ArgumentNullException.ThrowIfNull(figures);
        return
        [
            IncomeExpenditureSummaryTable.Build(figures),
            IncomeTable.Build(figures),
            ExpenditureTable.Build(figures),
            FiscalSummaryTable.Build(figures),
            GeneralBudgetExpenditureTable.Build(figures),
            BasicExpenditureTable.Build(figures),
            ThreePublicTable.Build(figures),
            FundTable.Build(figures, Fund.GovernmentFund),
            FundTable.Build(figures, Fund.StateCapital),
        ];
    }
}
