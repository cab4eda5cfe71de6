using System.Collections.Concurrent;
using System.Reflection;
using Fincomp.Model;

namespace Fincomp.Input;

/// <summary>The words a clerk may write for an enum: its Chinese label, or its snake_case name.</summary>
internal static class EnumWords
{
    private static readonly ConcurrentDictionary<Type, IReadOnlyDictionary<string, object>> Cache = new();

    public static IReadOnlyDictionary<string, object> For(Type enumType) => Cache.GetOrAdd(enumType, Build);

    /// <summary>The Chinese labels, in declaration order, for messages and the schema.</summary>
    public static IReadOnlyList<string> Labels(Type enumType) =>
        enumType.GetFields(BindingFlags.Public | BindingFlags.Static)
            .Select(f => f.GetCustomAttribute<EnumLabelAttribute>()?.Label ?? NamingConvention.ToSnakeCase(f.Name))
            .ToList();

    private static IReadOnlyDictionary<string, object> Build(Type enumType)
    {
        var words = new Dictionary<string, object>(StringComparer.Ordinal);
        foreach (var field in enumType.GetFields(BindingFlags.Public | BindingFlags.Static))
        {
            var value = field.GetValue(null)!;
            words[NamingConvention.ToSnakeCase(field.Name)] = value;
            if (field.GetCustomAttribute<EnumLabelAttribute>() is { } label)
            {
                words[label.Label] = value;
            }
        }

        return words;
    }
}
