using Fincomp.Derivation;
using Fincomp.Reference;

namespace Fincomp.Tables;

/// <summary>
/// Every 功能分类 类 in code order, with its amounts where the unit spent under it: tables 1 and 4 print all 类,
/// including the ones a unit never used, so that every unit's table has the same rows.
/// </summary>
internal static class FunctionalClasses
{
    public static IReadOnlyList<(string Code, string Name, FunctionalNode? Node)> All(FunctionalTree tree, ClassificationTable table)
    {
        var used = tree.Classes.ToDictionary(c => c.Code, StringComparer.Ordinal);
        var codes = table.Entries
            .Where(e => e.Code.Length == 3)
            .Select(e => e.Code)
            .Union(used.Keys, StringComparer.Ordinal)
            .Order(StringComparer.Ordinal);
        return codes
            .Select(code =>
            {
                var node = used.GetValueOrDefault(code);
                var name = table.Find(code)?.Name ?? node?.Name ?? code;
                return (code, name, node);
            })
            .ToList();
    }
}
