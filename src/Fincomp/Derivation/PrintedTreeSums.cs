using Fincomp.Model;

namespace Fincomp.Derivation;

/// <summary>
/// Counts the sums of the 功能分类 tables that could not be printed as the figures stand (<see cref="FigureOfRecord.Printable"/>):
/// every 类 and 款 against the rows below it and every 合计 row against its 类, column by column (决算数, 基本支出,
/// 项目支出), and the statement's 合计 row of table 3 against the 类 rows of all spending. A printed 类/款 total is a
/// figure of record only where it adds no such failure (<see cref="ReportFigures"/> sets it aside otherwise).
/// </summary>
internal static class PrintedTreeSums
{
    public static int Failures(ReportFigures figures) => Describe(figures).Count;

    /// <summary>The table that prints the 类 and 款 rows of table 3 (支出决算表) and the statement's 合计 over them.</summary>
    private static readonly string ExpenditureTable = StandardTableTitles.Named(3, StandardTableTitles.Expenditure);

    /// <summary>
    /// Each sum that could not be printed, and each 类/款 a fund's table would print with another 决算数 than 表3, named
    /// for a message with the table that prints it ("表3 支出决算表中科目 201 的基本支出 174.77 无法与其下各行一致相加").
    /// </summary>
    public static IReadOnlyList<string> Describe(ReportFigures figures)
    {
        var failures = new List<string>();
        foreach (var (tree, table) in new[]
        {
            (figures.All, ExpenditureTable),
            (figures.Fiscal, StandardTableTitles.Named(4, StandardTableTitles.FiscalSummary)),
            (figures.GeneralBudget, StandardTableTitles.Named(5, StandardTableTitles.GeneralBudgetExpenditure)),
            (figures.GovernmentFund, StandardTableTitles.Named(8, StandardTableTitles.GovernmentFund)),
            (figures.StateCapital, StandardTableTitles.Named(9, StandardTableTitles.StateCapital)),
        })
        {
            var before = failures.Count;
            Collect(failures, tree);
            if (!ReferenceEquals(tree, figures.All))
            {
                CollectDisagreements(failures, tree.Classes, Nodes(figures.All.Classes));
            }

            for (var i = before; i < failures.Count; i++)
            {
                failures[i] = $"{table}中{failures[i]}";
            }
        }

        CollectStatement(failures, figures.Unit.Statement.Expenditure, figures.All, figures.Totals.ExpenditureTotal);
        return failures;
    }

    /// <summary>The sums of table 3's 合计 row (the statement's 本年支出合计, 基本支出, 项目支出) over the 类 of <paramref name="all"/> that could not be printed.</summary>
    public static int StatementFailures(ExpenditureTypes expenditure, FunctionalTree all, decimal expenditureTotal)
    {
        var failures = new List<string>();
        CollectStatement(failures, expenditure, all, expenditureTotal);
        return failures.Count;
    }

    private static void CollectStatement(List<string> failures, ExpenditureTypes expenditure, FunctionalTree all, decimal expenditureTotal)
    {
        var classes = all.Classes;
        var total = $"{ExpenditureTable}中本年支出合计";
        Check(failures, total, "决算数", expenditureTotal, classes.Select(c => c.Amounts.Actual));
        if (expenditure.Basic is { } basic)
        {
            Check(failures, total, "基本支出", basic.Value, classes.Select(c => c.Amounts.Basic));
        }

        if (expenditure.Project is { } project)
        {
            Check(failures, total, "项目支出", project.Value, classes.Select(c => c.Amounts.Project));
        }
    }

    /// <summary>The sums of <paramref name="trees"/> alone that could not be printed.</summary>
    public static int Failures(IEnumerable<FunctionalTree> trees)
    {
        var failures = new List<string>();
        foreach (var tree in trees)
        {
            Collect(failures, tree);
        }

        return failures.Count;
    }

    /// <summary>
    /// A 类 or 款 of a fund's table that holds exactly the lines of its row in 表3 is the same quantity, and prints the same
    /// 决算数: a cent a 合计 of record passes down must not make one class read two values in two tables.
    /// </summary>
    private static void CollectDisagreements(List<string> failures, IEnumerable<FunctionalNode> nodes, IReadOnlyDictionary<string, FunctionalNode> all)
    {
        foreach (var node in nodes.Where(n => n.Level != FunctionalNodeLevel.Item))
        {
            if (all.TryGetValue(node.Code, out var same) && node.Amounts.Actual != same.Amounts.Actual && SameLines(node, same))
            {
                failures.Add($"科目 {node.Code} 的决算数 {Display.FixedAmount(node.Amounts.Actual)} 与{ExpenditureTable}中的 {Display.FixedAmount(same.Amounts.Actual)} 不一致");
            }

            CollectDisagreements(failures, node.Children, all);
        }
    }

    private static Dictionary<string, FunctionalNode> Nodes(IEnumerable<FunctionalNode> nodes)
    {
        var map = new Dictionary<string, FunctionalNode>(StringComparer.Ordinal);
        void Add(FunctionalNode node)
        {
            map[node.Code] = node;
            foreach (var child in node.Children)
            {
                Add(child);
            }
        }

        foreach (var node in nodes)
        {
            Add(node);
        }

        return map;
    }

    private static bool SameLines(FunctionalNode first, FunctionalNode second) => LinesOf(first).SequenceEqual(LinesOf(second));

    private static IEnumerable<FunctionalLine> LinesOf(FunctionalNode node) =>
        node.Level == FunctionalNodeLevel.Item ? node.Lines : node.Children.SelectMany(LinesOf);

    private static void Collect(List<string> failures, FunctionalTree tree)
    {
        Check(failures, "合计行", tree.Total, tree.Classes);
        foreach (var node in tree.Classes)
        {
            Collect(failures, node);
        }
    }

    private static void Collect(List<string> failures, FunctionalNode node)
    {
        if (node.Level == FunctionalNodeLevel.Item)
        {
            return;
        }

        Check(failures, $"科目 {node.Code} ", node.Amounts, node.Children);
        foreach (var child in node.Children)
        {
            Collect(failures, child);
        }
    }

    private static void Check(List<string> failures, string row, FunctionalAmounts whole, IReadOnlyList<FunctionalNode> parts)
    {
        if (parts.Count == 0)
        {
            return;
        }

        Check(failures, row, "决算数", whole.Actual, parts.Select(p => p.Amounts.Actual));
        Check(failures, row, "基本支出", whole.Basic, parts.Select(p => p.Amounts.Basic));
        Check(failures, row, "项目支出", whole.Project, parts.Select(p => p.Amounts.Project));
    }

    private static void Check(List<string> failures, string row, string column, decimal whole, IEnumerable<decimal> parts)
    {
        if (!FigureOfRecord.Printable(whole, parts))
        {
            failures.Add($"{row}的{column} {Display.FixedAmount(whole)} 无法与其下各行一致相加");
        }
    }
}
