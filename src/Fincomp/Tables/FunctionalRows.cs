using Fincomp.Derivation;
using Fincomp.Document;

namespace Fincomp.Tables;

/// <summary>
/// The 类 / 款 / 项 rows shared by tables 2, 3, 5, 8 and 9: a code column with the cumulative code (201, 20103,
/// 2010301) and a name column, then the amount cells the table asks of each node. 类 rows are bold so the hierarchy
/// reads without indentation.
/// </summary>
internal static class FunctionalRows
{
    public static IEnumerable<TableRow> For(FunctionalTree tree, Func<FunctionalNode, IEnumerable<TableCell>> amounts)
    {
        foreach (var node in Flatten(tree.Classes))
        {
            var bold = node.Level == FunctionalNodeLevel.Class;
            var code = new TableCell(node.Code, CellAlignment.Left, Bold: bold);
            var name = new TableCell(node.Name, CellAlignment.Left, Bold: bold);
            yield return new TableRow([code, name, .. amounts(node)]);
        }
    }

    private static IEnumerable<FunctionalNode> Flatten(IEnumerable<FunctionalNode> nodes)
    {
        foreach (var node in nodes)
        {
            yield return node;
            foreach (var child in Flatten(node.Children))
            {
                yield return child;
            }
        }
    }
}
