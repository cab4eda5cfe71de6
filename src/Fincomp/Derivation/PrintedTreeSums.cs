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

    /// <summary>Each sum that could not be printed, named for a message ("科目 201的基本支出 174.77").</summary>
    public static IReadOnlyList<string> Describe(ReportFigures figures)
    {
        var failures = new List<string>();
        foreach (var tree in new[] { figures.All, figures.Fiscal, figures.GeneralBudget, figures.GovernmentFund, figures.StateCapital })
        {
            Collect(failures, tree);
        }

        var expenditure = figures.Unit.Statement.Expenditure;
        var classes = figures.All.Classes;
        Check(failures, "本年支出合计", "决算数", figures.Totals.ExpenditureTotal, classes.Select(c => c.Amounts.Actual));
        if (expenditure.Basic is { } basic)
        {
            Check(failures, "本年支出合计", "基本支出", basic.Value, classes.Select(c => c.Amounts.Basic));
        }

        if (expenditure.Project is { } project)
        {
            Check(failures, "本年支出合计", "项目支出", project.Value, classes.Select(c => c.Amounts.Project));
        }

        return failures;
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
            failures.Add($"{row}的{column} {Display.FixedAmount(whole)}");
        }
    }
}
