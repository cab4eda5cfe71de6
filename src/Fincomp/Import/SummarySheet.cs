namespace Fincomp.Import;

/// <summary>Table 1, 收入支出决算总表: the eight sources, the balances, and the printed 合计 and 总计 of both sides.</summary>
internal static class SummarySheet
{
    private static readonly (string Label, string Path)[] IncomeRows =
    [
        ("一般公共预算财政拨款收入", "statement.income.general_budget"),
        ("政府性基金预算财政拨款收入", "statement.income.government_fund"),
        ("国有资本经营预算财政拨款收入", "statement.income.state_capital"),
        ("上级补助收入", "statement.income.superior_subsidy"),
        ("事业收入", "statement.income.business"),
        ("经营收入", "statement.income.operating"),
        ("附属单位上缴收入", "statement.income.affiliate_remittance"),
        ("其他收入", "statement.income.other"),
    ];

    public static void Read(TableReader reader, FigureCollector figures)
    {
        if (TwoSidedTable.Of(reader) is not { } sides)
        {
            return;
        }

        decimal sources = 0m, classes = 0m;
        ImportedAmount? incomeTotal = null, incomeGrand = null, spendingTotal = null, spendingGrand = null;
        foreach (var row in reader.Layout.DataRows)
        {
            var left = RowLabels.Clean(reader.Text(row, sides.LeftLabel));
            if (left.Length > 0)
            {
                var amount = reader.Amount(row, sides.LeftAmount);
                var source = IncomeRows.FirstOrDefault(r => r.Label == left);
                if (source.Path is not null)
                {
                    figures.Set(source.Path, amount);
                    sources += amount?.Value ?? 0m;
                }
                else if (left.StartsWith("本年收入合计", StringComparison.Ordinal))
                {
                    incomeTotal = amount;
                }
                else if (left.StartsWith("使用非财政拨款结余", StringComparison.Ordinal))
                {
                    figures.Set("statement.use_of_non_fiscal_balance", amount);
                }
                else if (left.StartsWith("年初结转和结余", StringComparison.Ordinal))
                {
                    figures.Set("statement.opening_balance", amount);
                }
                else if (left is "总计" or "收入总计")
                {
                    incomeGrand = amount;
                }
                else
                {
                    reader.Warning(ImportCodes.UnknownRow, row, sides.LeftLabel, $"收入支出决算总表中不认识的收入行“{left}”，未导入。");
                }
            }

            var right = RowLabels.Clean(reader.Text(row, sides.RightLabel));
            if (right.Length == 0 || sides.RightAmount is not { } rightColumn)
            {
                continue;
            }

            var spent = reader.Amount(row, rightColumn);
            switch (right)
            {
                case "本年支出合计": spendingTotal = spent; break;
                case "结余分配": figures.Set("statement.balance_distribution", spent); break;
                case "年末结转和结余": figures.Set("statement.closing_balance", spent); break;
                case "总计" or "支出总计": spendingGrand = spent; break;
                default: classes += spent?.Value ?? 0m; break;
            }
        }

        var opening = (figures.Get("statement.use_of_non_fiscal_balance")?.Value ?? 0m) + (figures.Get("statement.opening_balance")?.Value ?? 0m);
        var closing = (figures.Get("statement.balance_distribution")?.Value ?? 0m) + (figures.Get("statement.closing_balance")?.Value ?? 0m);
        figures.Set("statement.declared.income_total", incomeTotal is null ? null : incomeTotal with { PartsSum = sources });
        figures.Set("statement.declared.expenditure_total", spendingTotal is null ? null : spendingTotal with { PartsSum = classes });
        figures.Set("statement.declared.income_grand_total", incomeGrand is null ? null : incomeGrand with { PartsSum = sources + opening });
        figures.Set("statement.declared.expenditure_grand_total", spendingGrand is null ? null : spendingGrand with { PartsSum = classes + closing });
    }
}
