namespace Fincomp.Import;

/// <summary>
/// Every figure one workbook holds, addressed as the unit file addresses it: single amounts by their key path
/// (<c>statement.income.general_budget</c>) and the lists by code. Nothing here is derived but the 其他资金 lines,
/// which are table 3 less tables 5, 8 and 9.
/// </summary>
internal sealed class ImportedFigures
{
    public string? UnitName { get; init; }

    public int? Year { get; init; }

    /// <summary>Single amounts by key path, in the order a unit file writes them.</summary>
    public IReadOnlyList<KeyValuePair<string, ImportedAmount>> Scalars { get; init; } = [];

    public IReadOnlyList<ImportedLine> Lines { get; init; } = [];

    public IReadOnlyList<ImportedTotal> DeclaredTotals { get; init; } = [];

    public IReadOnlyList<ImportedItem> Items { get; init; } = [];

    public IReadOnlyList<ImportedIncome> Income { get; init; } = [];

    /// <summary>
    /// Whether table 2 only restates spending (each 项's income = its spending, all of it 财政拨款 as tables 5, 8 and 9
    /// give it): then the income lines add nothing the file does not print already and are not added to it.
    /// </summary>
    public bool IncomeFollowsSpending { get; init; }

    public ImportedAmount? Scalar(string path) => Scalars.FirstOrDefault(s => s.Key == path).Value;
}
