using System.Globalization;
using Fincomp.Derivation;
using Fincomp.Model;

namespace Fincomp.Tables;

/// <summary>
/// The nine standard disclosure tables (第五部分 附表) of a unit-year, built from its derived figures.
/// All nine are always returned, in order, because an empty table is published too, with its format and a note.
/// </summary>
internal static class StandardTables
{
    /// <summary>Every amount in the tables is in 万元.</summary>
    public const string UnitLine = "单位：万元";

    /// <summary>
    /// The tables in publishing order: a table's number and its template key ("table" + number) come from its place
    /// here and nowhere else, so adding or moving a table is one line.
    /// </summary>
    private static readonly Func<ReportFigures, StandardTable>[] Builders =
    [
        IncomeExpenditureSummaryTable.Build,
        IncomeTable.Build,
        ExpenditureTable.Build,
        FiscalSummaryTable.Build,
        GeneralBudgetExpenditureTable.Build,
        BasicExpenditureTable.Build,
        ThreePublicTable.Build,
        figures => FundTable.Build(figures, Fund.GovernmentFund),
        figures => FundTable.Build(figures, Fund.StateCapital),
    ];

    /// <summary>How many standard tables are published (table1–table9).</summary>
    public static int Count => Builders.Length;

    /// <summary>The key a template places table <paramref name="number"/> with: "table1" … "table9".</summary>
    public static string KeyOf(int number) => string.Create(CultureInfo.InvariantCulture, $"table{number}");

    /// <summary>The tables of a unit with the built-in classification tables.</summary>
    public static IReadOnlyList<StandardTable> For(UnitYear unit) => For(ReportFigures.Of(unit));

    /// <summary>The nine tables, every figure read from the unit's derived figures.</summary>
    public static IReadOnlyList<StandardTable> For(ReportFigures figures)
    {
        ArgumentNullException.ThrowIfNull(figures);
        return Builders.Select((build, index) => build(figures) with { Number = index + 1 }).ToList();
    }
}
