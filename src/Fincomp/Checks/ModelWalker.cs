using System.Collections.Concurrent;
using System.ComponentModel;
using System.Reflection;
using Fincomp.Model;

namespace Fincomp.Checks;

/// <summary>
/// Collects every text and every money figure of a unit by walking the model, so the text rules cover fields added to
/// the model later without being told. Property lists are cached per type: reflection cost is paid once per process.
/// </summary>
internal static class ModelWalker
{
    private static readonly ConcurrentDictionary<Type, PropertyInfo[]> Properties = new();

    /// <param name="root">The unit, or a mapping inside it.</param>
    /// <param name="path">The key path of <paramref name="root"/> in the file (<c>performance.projects</c>), empty for the unit.</param>
    public static IReadOnlyList<TextField> Texts(ModelNode root, string path = "")
    {
        var texts = new List<TextField>();
        Walk(root, path, (node, nodePath) =>
        {
            foreach (var property in PropertiesOf(node.GetType()))
            {
                var value = property.GetValue(node);
                var written = node.WrittenTexts.GetValueOrDefault(property.Name);
                if (value is string text)
                {
                    texts.Add(Field(node, property.Name, LabelOf(property, nodePath), text));
                }
                else if (value is IReadOnlyList<string> list)
                {
                    for (var i = 0; i < list.Count; i++)
                    {
                        var item = written is not null && written.Count == list.Count ? written[i] : null;
                        texts.Add(new TextField($"{LabelOf(property, nodePath)}第 {i + 1} 条", list[i], item?.Span ?? node.Locate(property.Name), node, item));
                    }
                }
            }
        });
        return texts;
    }

    /// <summary>One text property of a node as a field, with how it was written, for a rule that reads a known key.</summary>
    public static TextField Field(ModelNode node, string propertyName, string label, string text) =>
        new(label, text, node.Locate(propertyName), node, node.WrittenTexts.GetValueOrDefault(propertyName)?[0]);

    public static IReadOnlyList<Money> MoneyFigures(ModelNode root)
    {
        var figures = new List<Money>();
        Walk(root, node =>
        {
            foreach (var property in PropertiesOf(node.GetType()))
            {
                if (property.GetValue(node) is Money money)
                {
                    figures.Add(money);
                }
            }
        });
        return figures;
    }

    /// <summary>Visits <paramref name="node"/> and every mapping below it.</summary>
    internal static void Walk(ModelNode node, Action<ModelNode> visit) => Walk(node, "", (child, _) => visit(child));

    /// <summary>Visits <paramref name="node"/> and every mapping below it with its key path (list items share their list's path, as in the loader's messages).</summary>
    private static void Walk(ModelNode node, string path, Action<ModelNode, string> visit)
    {
        visit(node, path);
        foreach (var property in PropertiesOf(node.GetType()))
        {
            var childPath = KeyPath(path, property);
            switch (property.GetValue(node))
            {
                case ModelNode child:
                    Walk(child, childPath, visit);
                    break;
                case System.Collections.IEnumerable items and not string:
                    foreach (var item in items)
                    {
                        if (item is ModelNode element)
                        {
                            Walk(element, childPath, visit);
                        }
                    }

                    break;
            }
        }
    }

    /// <summary>
    /// A field as the loader's messages name it: its key path and a short label, the schema description up to its first
    /// comma or example ("主要职责，每项一条" → <c>'profile.duties'（主要职责）</c>), not the whole help text.
    /// </summary>
    private static string LabelOf(PropertyInfo property, string path)
    {
        var description = property.GetCustomAttribute<DescriptionAttribute>()?.Description;
        var label = description is { Length: > 0 } ? $"（{description.Split(['，', '。', '（', '；', '：'], 2)[0].Trim()}）" : "";
        return $"'{KeyPath(path, property)}'{label}";
    }

    private static string KeyPath(string path, PropertyInfo property)
    {
        var key = Input.NamingConvention.ToSnakeCase(property.Name);
        return path.Length == 0 ? key : $"{path}.{key}";
    }

    /// <summary>The settable public properties of a model type, without the base record's bookkeeping.</summary>
    internal static PropertyInfo[] PropertiesOf(Type type) =>
        Properties.GetOrAdd(type, t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetIndexParameters().Length == 0 && p.DeclaringType != typeof(ModelNode)
                && p.Name != "EqualityContract" && p.CanWrite)
            .ToArray());
}
