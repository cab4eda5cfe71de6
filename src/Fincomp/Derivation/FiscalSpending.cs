using Fincomp.Model;

namespace Fincomp.Derivation;

/// <summary>The 财政拨款 part of a 功能分类 node's spending, a sum the tree does not carry itself.</summary>
public static class FiscalSpending
{
    /// <summary>
    /// The spending of the node paid from the three kinds of 财政拨款 (everything but 其他资金): of a 项, its 财政拨款 lines
    /// (a 项 may be paid from both). A node with no 其他资金 below it is all 财政拨款, so it is the node's own figure
    /// (which may be the published 类 total).
    /// </summary>
    public static decimal Of(FunctionalNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        return node.Level == FunctionalNodeLevel.Item ? node.Lines.Where(l => l.Fund != Fund.Other).Sum(l => l.Actual.Value)
            : HasOtherFunds(node) ? node.Children.Sum(Of)
            : node.Amounts.Actual;
    }

    /// <summary>
    /// The 其他资金 part of a node's spending: the sum of its 其他资金 lines, exact, so that a row deriving its income
    /// from spending adds up (本年收入合计 = 财政拨款 part + this part).
    /// </summary>
    public static decimal OtherFundsOf(FunctionalNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        return node.Level == FunctionalNodeLevel.Item ? node.Lines.Where(l => l.Fund == Fund.Other).Sum(l => l.Actual.Value)
            : node.Children.Sum(OtherFundsOf);
    }

    private static bool HasOtherFunds(FunctionalNode node) =>
        node.Level == FunctionalNodeLevel.Item ? node.Lines.Any(l => l.Fund == Fund.Other) : node.Children.Any(HasOtherFunds);
}
