using Fincomp.Derivation;
using Fincomp.Model;

namespace Fincomp.Tables;

/// <summary>Sums over the 项 lines below a node that the tree does not carry itself (the 财政拨款 part of a node).</summary>
internal static class FunctionalNodes
{
    /// <summary>The spending of the node paid from the three kinds of 财政拨款 (everything but 其他资金).</summary>
    public static decimal FiscalActual(FunctionalNode node) =>
        node.Line is { } line
            ? (line.Fund == Fund.Other ? 0m : line.Actual.Value)
            : node.Children.Sum(FiscalActual);
}
