using System.Reflection;

namespace Fincomp.Model;

/// <summary>The Chinese word a clerk writes for an enum member; the snake_case member name is accepted too.</summary>
[AttributeUsage(AttributeTargets.Field)]
public sealed class EnumLabelAttribute(string label) : Attribute
{
    public string Label { get; } = label;

    /// <summary>The label of <paramref name="value"/>, or its member name when it has none.</summary>
    public static string Of<T>(T value)
        where T : struct, Enum =>
        typeof(T).GetField(value.ToString(), BindingFlags.Public | BindingFlags.Static)?.GetCustomAttribute<EnumLabelAttribute>()?.Label
        ?? value.ToString();
}
