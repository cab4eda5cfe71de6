namespace Fincomp.Import;

/// <summary>
/// Table 4, 财政拨款收入支出决算总表: only its year-end balances are new (the rest repeats tables 1, 5, 8 and 9): the
/// opening balance in one sum, the closing balance by kind of 财政拨款.
/// </summary>
internal static class FiscalSummarySheet
{
    /// <summary>The key under which the opening balance of all three kinds is kept until tables 8 and 9 split it.</summary>
    public const string OpeningTotal = "appropriations.opening_balance.*";

    private static readonly (string Label, string Key)[] Kinds =
    [
        ("一般公共预算", "general_budget"), ("政府性基金", "government_fund"), ("国有资本经营", "state_capital"),
    ];

    public static void Read(TableReader reader, FigureCollector figures)
    {
        if (TwoSidedTable.Of(reader) is not { } sides)
        {
            return;
        }

        var kindColumns = Kinds
            .Select(k => (k.Key, Column: reader.Column(k.Label + "财政拨款", l => l.Contains(k.Label, StringComparison.Ordinal) && !l.Contains("收入", StringComparison.Ordinal))))
            .ToList();
        foreach (var row in reader.Layout.DataRows)
        {
            // Only the balances are imported, but every line's amounts must still be amounts.
            if (reader.Text(row, sides.LeftLabel).Length > 0 || reader.Text(row, sides.RightLabel).Length > 0)
            {
                reader.TableRow(row);
            }

            if (RowLabels.Clean(reader.Text(row, sides.LeftLabel)).StartsWith("年初财政拨款结转和结余", StringComparison.Ordinal))
            {
                figures.Set(OpeningTotal, reader.Amount(row, sides.LeftAmount));
            }

            if (RowLabels.Clean(reader.Text(row, sides.RightLabel)).StartsWith("年末财政拨款结转和结余", StringComparison.Ordinal))
            {
                foreach (var (key, column) in kindColumns)
                {
                    if (column is { } c)
                    {
                        figures.Set("appropriations.closing_balance." + key, reader.Amount(row, c));
                    }
                }
            }
        }
    }
}
