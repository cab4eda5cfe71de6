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

    public static IReadOnlyList<TextField> Texts(ModelNode root)
    {
        var texts = new List<TextField>();
        Walk(root, node =>
        {
            foreach (var property in PropertiesOf(node.GetType()))
            {
                var value = property.GetValue(node);
                var written = node.WrittenTexts.GetValueOrDefault(property.Name);
                if (value is string text)
                {
                    texts.Add(Field(node, property.Name, LabelOf(property), text));
                }
                else if (value is IReadOnlyList<string> list)
                {
                    for (var i = 0; i < list.Count; i++)
                    {
                        var item = written is not null && written.Count == list.Count ? written[i] : null;
                        texts.Add(new TextField($"{LabelOf(property)}第 {i + 1} 条", list[i], item?.Span ?? node.Locate(property.Name), node, item));
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
    internal static void Walk(ModelNode node, Action<ModelNode> visit)
    {
        visit(node);
        foreach (var property in PropertiesOf(node.GetType()))
        {
            switch (property.GetValue(node))
            {
                case ModelNode child:
                    Walk(child, visit);
                    break;
                case System.Collections.IEnumerable items and not string:
                    foreach (var item in items)
                    {
                        if (item is ModelNode element)
                        {
                            Walk(element, visit);
                        }
                    }

                    break;
            }
        }
    }

    /// <summary>The property's Chinese description (the schema's), so messages name a field the way the clerk knows it.</summary>
    private static string LabelOf(PropertyInfo property) =>
        $"“{property.GetCustomAttribute<DescriptionAttribute>()?.Description ?? property.Name}”";

    /// <summary>The settable public properties of a model type, without the base record's bookkeeping.</summary>
    internal static PropertyInfo[] PropertiesOf(Type type) =>
        Properties.GetOrAdd(type, t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetIndexParameters().Length == 0 && p.DeclaringType != typeof(ModelNode)
                && p.Name != "EqualityContract" && p.CanWrite)
            .ToArray());
}
