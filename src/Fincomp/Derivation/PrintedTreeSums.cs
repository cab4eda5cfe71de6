namespace Fincomp.Derivation;

/// <summary>
/// Counts the sums of the 功能分类 tables that could not be printed as the figures stand (<see cref="FigureOfRecord.Printable"/>):
/// every 类 and 款 against the rows below it and every 合计 row against its 类, column by column (决算数, 基本支出,
/// 项目支出), and the statement's 合计 row of table 3 against the 类 rows of all spending. A printed 类/款 total is a
/// figure of record only where it adds no such failure (<see cref="ReportFigures"/> sets it aside otherwise).
/// </summary>
internal static class PrintedTreeSums
{
    public static int Failures(ReportFigures figures)
    {
        var failures = Failures([figures.All, figures.Fiscal, figures.GeneralBudget, figures.GovernmentFund, figures.StateCapital]);

        var expenditure = figures.Unit.Statement.Expenditure;
        var classes = figures.All.Classes;
        failures += Fails(figures.Totals.ExpenditureTotal, classes.Select(c => c.Amounts.Actual));
        failures += expenditure.Basic is { } basic ? Fails(basic.Value, classes.Select(c => c.Amounts.Basic)) : 0;
        failures += expenditure.Project is { } project ? Fails(project.Value, classes.Select(c => c.Amounts.Project)) : 0;
        return failures;
    }

    /// <summary>The sums of <paramref name="trees"/> alone that could not be printed.</summary>
    public static int Failures(IEnumerable<FunctionalTree> trees) =>
        trees.Sum(tree => Failures(tree.Total, tree.Classes) + tree.Classes.Sum(Failures));

    private static int Failures(FunctionalNode node) =>
        node.Level == FunctionalNodeLevel.Item ? 0 : Failures(node.Amounts, node.Children) + node.Children.Sum(Failures);

    private static int Failures(FunctionalAmounts whole, IReadOnlyList<FunctionalNode> parts) =>
        parts.Count == 0
            ? 0
            : Fails(whole.Actual, parts.Select(p => p.Amounts.Actual))
                + Fails(whole.Basic, parts.Select(p => p.Amounts.Basic))
                + Fails(whole.Project, parts.Select(p => p.Amounts.Project));

    private static int Fails(decimal whole, IEnumerable<decimal> parts) => FigureOfRecord.Printable(whole, parts) ? 0 : 1;
}
