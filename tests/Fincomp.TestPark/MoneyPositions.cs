using System.Collections;
using System.Collections.Concurrent;
using System.Reflection;
using Fincomp.Diagnostics;
using Fincomp.Model;

namespace Fincomp.TestPark;

/// <summary>
/// Finds where every money figure of a loaded unit was written, by walking the model rather than guessing from YAML
/// keys: the model knows which numbers are 万元 (a <see cref="Money"/>) and which are counts, scores or weights, so the
/// generator scales exactly the amounts and nothing else.
/// </summary>
internal static class MoneyPositions
{
    private static readonly ConcurrentDictionary<Type, PropertyInfo[]> Properties = new();

    /// <summary>The spans of all amounts written in <paramref name="file"/> (figures taken from a history file are left out).</summary>
    public static IReadOnlyCollection<SourceSpan> In(UnitYear unit, string file)
    {
        var spans = new HashSet<SourceSpan>();
        Walk(unit, value =>
        {
            if (value is Money money && string.Equals(Path.GetFullPath(money.Span.File), Path.GetFullPath(file), StringComparison.Ordinal))
            {
                spans.Add(money.Span);
            }
        });
        return spans;
    }

    private static void Walk(object node, Action<object> visit)
    {
        foreach (var property in PropertiesOf(node.GetType()))
        {
            var value = property.GetValue(node);
            switch (value)
            {
                case Money:
                    visit(value);
                    break;
                case ModelNode child:
                    Walk(child, visit);
                    break;
                case IDictionary dictionary:
                    foreach (var item in dictionary.Values)
                    {
                        VisitItem(item, visit);
                    }

                    break;
                case IEnumerable items and not string:
                    foreach (var item in items)
                    {
                        VisitItem(item, visit);
                    }

                    break;
            }
        }
    }

    private static void VisitItem(object? item, Action<object> visit)
    {
        if (item is Money)
        {
            visit(item);
        }
        else if (item is ModelNode element)
        {
            Walk(element, visit);
        }
    }

    private static PropertyInfo[] PropertiesOf(Type type) =>
        Properties.GetOrAdd(type, t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetIndexParameters().Length == 0 && p.DeclaringType != typeof(ModelNode) && p.Name != "EqualityContract")
            .ToArray());
}
