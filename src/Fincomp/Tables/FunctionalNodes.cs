using Fincomp.Derivation;
using Fincomp.Model;

namespace Fincomp.Tables;

/// <summary>Sums over the 项 lines below a node that the tree does not carry itself (the 财政拨款 part of a node).</summary>
internal static class FunctionalNodes
{
    /// <summary>
    /// The spending of the node paid from the three kinds of 财政拨款 (everything but 其他资金). A node with no 其他资金
    /// below it is all 财政拨款, so it is the node's own figure (which may be the published 类 total).
    /// </summary>
    public static decimal FiscalActual(FunctionalNode node) =>
        node.Line is { } line ? (line.Fund == Fund.Other ? 0m : line.Actual.Value)
        : HasOtherFunds(node) ? node.Children.Sum(FiscalActual)
        : node.Amounts.Actual;

    private static bool HasOtherFunds(FunctionalNode node) =>
        node.Line is { } line ? line.Fund == Fund.Other : node.Children.Any(HasOtherFunds);
}
