namespace Fincomp.Model;

/// <summary>The Chinese word a clerk writes for an enum member; the snake_case member name is accepted too.</summary>
[AttributeUsage(AttributeTargets.Field)]
public sealed class EnumLabelAttribute(string label) : Attribute
{
    public string Label { get; } = label;
}
