using Fincomp.Reference;

namespace Fincomp.Import;

/// <summary>
/// Table 6, 一般公共预算财政拨款基本支出决算表: side-by-side groups of 科目编码 / 科目名称 / 决算数 (two in the
/// standard layout, three in some exports); the 款 rows give the items, the footer gives 人员经费合计 and 公用经费合计.
/// </summary>
internal static class BasicExpenditureSheet
{
    public static void Read(TableReader reader, FigureCollector figures)
    {
        var layout = reader.Layout;
        var codes = layout.Columns(l => l.Contains("编码", StringComparison.Ordinal));
        var amounts = layout.Columns(l => l.Split('/')[^1] is var leaf && (leaf.Contains("决算", StringComparison.Ordinal) || leaf.Contains("金额", StringComparison.Ordinal)));
        if (codes.Count == 0 || amounts.Count == 0)
        {
            reader.Column(codes.Count == 0 ? "科目编码" : "决算数", _ => false);
            return;
        }

        var groups = codes
            .Select(c => (Code: c, Name: layout.Columns(l => l.Contains("名称", StringComparison.Ordinal)).FirstOrDefault(n => n > c, -1), Amount: amounts.FirstOrDefault(a => a > c, -1)))
            .Where(g => g.Amount >= 0)
            .ToList();
        foreach (var (codeColumn, nameColumn, amountColumn) in groups)
        {
            foreach (var row in layout.DataRows)
            {
                var label = TableLayout.Clean(reader.Text(row, codeColumn)) + TableLayout.Clean(nameColumn >= 0 ? reader.Text(row, nameColumn) : string.Empty);
                if (label.Contains("人员经费合计", StringComparison.Ordinal) || label.Contains("公用经费合计", StringComparison.Ordinal))
                {
                    var key = label.Contains("人员经费", StringComparison.Ordinal) ? "basic_expenditure.personnel" : "basic_expenditure.public";
                    figures.Set(key, reader.Amount(row, amountColumn));
                    continue;
                }

                var code = FunctionalRows.Digits(layout.Sheet.At(row, codeColumn));
                if (code is null)
                {
                    continue;
                }

                var entry = ClassificationTable.Economic.Find(code);
                if (code.Length is not (3 or 5) || entry is null)
                {
                    reader.Error(ImportCodes.UnknownCode, row, codeColumn, $"经济分类科目编码 {code} 不在 {ClassificationTable.Economic.Year} 年部门支出经济分类科目表中。");
                    continue;
                }

                // The 类 rows (301 工资福利支出) print a subtotal the import does not need; it must still be an amount.
                reader.TableRow(row);

                var name = nameColumn >= 0 ? reader.Text(row, nameColumn).Trim(' ', '\u3000') : string.Empty;
                if (code.Length == 5)
                {
                    figures.Items.Add(new ImportedItem(code, name.Length > 0 ? name : entry.Name, reader.Amount(row, amountColumn)));
                }
            }
        }
    }
}
