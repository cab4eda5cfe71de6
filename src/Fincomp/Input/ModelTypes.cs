using Fincomp.Model;

namespace Fincomp.Input;

/// <summary>Walks the model's types, for the schema and the format reference.</summary>
internal static class ModelTypes
{
    /// <summary>Every model record reachable from <paramref name="root"/>, the root first, then by name.</summary>
    public static IReadOnlyList<Type> Reachable(Type root)
    {
        var found = new HashSet<Type>();
        var pending = new Stack<Type>();
        pending.Push(root);
        while (pending.Count > 0)
        {
            var type = pending.Pop();
            if (!found.Add(type))
            {
                continue;
            }

            foreach (var property in BindableType.For(type).Properties)
            {
                foreach (var inner in Unwrap(property.ValueType).Where(t => typeof(ModelNode).IsAssignableFrom(t)))
                {
                    pending.Push(inner);
                }
            }
        }

        return [root, .. found.Where(t => t != root).OrderBy(t => t.Name, StringComparer.Ordinal)];
    }

    /// <summary>The JSON type of a scalar model type, and whether it is never negative.</summary>
    public static (string JsonType, bool NonNegative) ScalarKind(Type type, bool allowsNegative) =>
        type == typeof(string) ? ("string", false)
        : type == typeof(int) ? ("integer", true)
        : type == typeof(bool) ? ("boolean", false)
        : type == typeof(decimal) || type == typeof(Money) ? ("number", !allowsNegative)
        : throw new NotSupportedException($"No JSON type for {type}.");

    /// <summary>A human name of a property's type for the format reference.</summary>
    public static string Describe(Type type) =>
        type == typeof(string) ? "文字"
        : type == typeof(int) ? "整数"
        : type == typeof(bool) ? "true/false"
        : type == typeof(Money) ? "金额（万元）"
        : type == typeof(decimal) ? "数值"
        : type.IsEnum ? string.Join(" / ", EnumWords.Labels(type))
        : type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IReadOnlyList<>) ? $"列表：{Describe(type.GetGenericArguments()[0])}"
        : type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IReadOnlyDictionary<,>) ? $"映射：{Describe(type.GetGenericArguments()[1])}"
        : $"[{type.Name}](#{type.Name.ToLowerInvariant()})";

    private static IEnumerable<Type> Unwrap(Type type)
    {
        yield return type;
        if (type.IsGenericType)
        {
            foreach (var argument in type.GetGenericArguments())
            {
                yield return argument;
            }
        }
    }
}
