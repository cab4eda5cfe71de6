using Fincomp.Derivation;
using Fincomp.Model;
using Fincomp.Reference;

namespace Fincomp.Import;

/// <summary>
/// Tables 2, 3, 5, 8 and 9: 功能分类 rows to 项 with their amount columns, and the 合计 row. The 项 rows give the
/// lines; the 类 and 款 rows of table 5 give the printed totals <c>check</c> compares with their 项.
/// </summary>
internal static class FunctionalSheets
{
    private static readonly (string Label, string Key)[] ExpenditureTypes =
    [
        ("基本支出", "basic"), ("项目支出", "project"), ("上缴上级支出", "remittance_to_superior"), ("经营支出", "operating"),
        ("对附属单位补助支出", "subsidy_to_affiliates"),
    ];

    private static readonly string[] IncomeSources = ["财政拨款", "上级补助", "事业收入", "经营收入", "附属单位上缴", "其他收入"];

    public static void ReadIncome(TableReader reader, FigureCollector figures)
    {
        int?[] columns =
        [
            reader.Column("本年收入合计", l => Leaf(l).Contains("合计", StringComparison.Ordinal)),
            .. IncomeSources.Select(s => reader.Column(s, l => Leaf(l).Contains(s, StringComparison.Ordinal))),
        ];
        var rows = FunctionalRows.Read(reader);
        if (columns.Any(c => c is null))
        {
            return;
        }

        foreach (var row in rows.Where(r => r.IsItem))
        {
            var amounts = columns.Select(c => reader.Amount(row.Row, c!.Value)).ToList();
            if (amounts[0] is not null)
            {
                figures.Income.Add(new ImportedIncome(row.Code!, amounts));
            }
        }
    }

    public static void ReadExpenditure(TableReader reader, FigureCollector figures)
    {
        var total = reader.Column("本年支出合计", l => Leaf(l).Contains("合计", StringComparison.Ordinal));
        var types = ExpenditureTypes.Select(t => (t.Key, Column: reader.Column(t.Label, l => Leaf(l).Contains(t.Label, StringComparison.Ordinal)))).ToList();
        var rows = FunctionalRows.Read(reader);
        if (total is null || types.Any(t => t.Column is null))
        {
            return;
        }

        figures.HasExpenditureTable = true;
        foreach (var row in rows)
        {
            if (row.IsTotal)
            {
                foreach (var (key, column) in types)
                {
                    figures.Set("statement.expenditure." + key, reader.Amount(row.Row, column!.Value));
                }
            }
            else if (row.IsItem && reader.Amount(row.Row, total.Value) is { } actual)
            {
                // 上缴上级、经营 and 对附属单位补助 spending is never 财政拨款 (tables 5, 8 and 9 have no such columns): a
                // non-zero cell is the 项's own, written on its 其他资金 line.
                ImportedAmount? Other(int type) => reader.Amount(row.Row, types[type].Column!.Value) is { Value: not 0m } amount ? amount : null;
                figures.AllFundLines.Add(new ImportedLine(row.Code!, Fund.Other, actual, reader.Amount(row.Row, types[0].Column!.Value), reader.Amount(row.Row, types[1].Column!.Value))
                {
                    RemittanceToSuperior = Other(2),
                    Operating = Other(3),
                    SubsidyToAffiliates = Other(4),
                });
            }
        }
    }

    public static void ReadGeneralBudget(TableReader reader, FigureCollector figures)
    {
        var (total, basic, project) = SpendingColumns(reader, l => Leaf(l).Contains("合计", StringComparison.Ordinal));
        var rows = FunctionalRows.Read(reader);
        if (total is null || basic is null || project is null)
        {
            return;
        }

        var lines = rows.Where(r => r.IsItem).Select(r => (Row: r, Actual: reader.Amount(r.Row, total.Value))).Where(r => r.Actual is not null).ToList();
        foreach (var (row, actual) in lines)
        {
            figures.FundLines.Add(new ImportedLine(row.Code!, Fund.GeneralBudget, actual!, reader.Amount(row.Row, basic.Value), reader.Amount(row.Row, project.Value)));
        }

        var totals = rows.Where(r => r is { IsTotal: false, IsItem: false })
            .Select(r => (Row: r, Printed: reader.Amount(r.Row, total.Value)))
            .Where(r => r.Printed is not null)
            .ToList();
        var classes = totals
            .Where(t => t.Row.Code!.Length == 3)
            .Select(t => new ImportedTotal(t.Row.Code!, t.Row.Name, t.Printed! with { PartsSum = lines.Where(l => l.Row.Code!.StartsWith(t.Row.Code!, StringComparison.Ordinal)).Sum(l => l.Actual!.Value) }))
            .ToList();
        var sections = SectionsAsPrinted(figures.FundLines.Where(l => l.Fund == Fund.GeneralBudget), classes);
        foreach (var (row, printed) in totals)
        {
            figures.DeclaredTotals.Add(row.Code!.Length == 3
                ? classes.First(c => c.Code == row.Code)
                : new ImportedTotal(row.Code!, row.Name, printed! with { PartsSum = sections.GetValueOrDefault(row.Code!, lines.Where(l => l.Row.Code!.StartsWith(row.Code!, StringComparison.Ordinal)).Sum(l => l.Actual!.Value)) }));
        }
    }

    /// <summary>
    /// The 款 rows as the tables print them from the 项 and the 类 totals of record: a 类 total that differs from its 项
    /// by rounding passes the difference to one 款 (controlled rounding), so that 款 is no printed total of its own.
    /// </summary>
    private static Dictionary<string, decimal> SectionsAsPrinted(IEnumerable<ImportedLine> lines, IReadOnlyList<ImportedTotal> classes)
    {
        static Money? At(ImportedAmount? amount) => amount is null ? null : new Money(amount.Value, default);
        var model = lines.Select(l => new FunctionalLine { Code = l.Code, Actual = new Money(l.Actual.Value, default), Basic = At(l.Basic), Project = At(l.Project) });
        var declared = classes.Where(c => !c.Actual.IsRedundantTotal).Select(c => new DeclaredTotal { Code = c.Code, Actual = new Money(c.Actual.Value, default) }).ToList();
        var tree = FunctionalTree.Build(model, ClassificationTable.Functional, declared);
        return tree.Classes.SelectMany(c => c.Children).ToDictionary(s => s.Code, s => s.Amounts.Actual, StringComparer.Ordinal);
    }

    public static void ReadFund(TableReader reader, FigureCollector figures, Fund fund)
    {
        var opening = reader.Column("年初结转和结余", l => l.Contains("年初", StringComparison.Ordinal));
        var closing = reader.Column("年末结转和结余", l => l.Contains("年末", StringComparison.Ordinal));
        var (total, basic, project) = SpendingColumns(reader, l => l.Contains("支出", StringComparison.Ordinal) && Leaf(l).Contains("合计", StringComparison.Ordinal));
        var rows = FunctionalRows.Read(reader);
        if (opening is null || closing is null || total is null || basic is null || project is null)
        {
            return;
        }

        var key = fund == Fund.GovernmentFund ? "government_fund" : "state_capital";
        foreach (var row in rows)
        {
            if (row.IsTotal)
            {
                figures.Set("appropriations.opening_balance." + key, reader.Amount(row.Row, opening.Value));
                figures.Set("appropriations.closing_balance." + key, reader.Amount(row.Row, closing.Value));
            }
            else if (row.IsItem && reader.Amount(row.Row, total.Value) is { } actual)
            {
                figures.FundLines.Add(new ImportedLine(row.Code!, fund, actual, reader.Amount(row.Row, basic.Value), reader.Amount(row.Row, project.Value)));
            }
        }
    }

    private static (int? Total, int? Basic, int? Project) SpendingColumns(TableReader reader, Func<string, bool> total) =>
        (reader.Column("支出合计", total),
         reader.Column("基本支出", l => Leaf(l).Contains("基本支出", StringComparison.Ordinal)),
         reader.Column("项目支出", l => Leaf(l).Contains("项目支出", StringComparison.Ordinal)));

    private static string Leaf(string label) => label.Split('/')[^1];
}
