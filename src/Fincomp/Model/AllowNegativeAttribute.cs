namespace Fincomp.Model;

/// <summary>
/// Marks the few amounts that may legitimately be negative (a balance carried forward can be). Every other amount
/// below zero is an input error.
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
internal sealed class AllowNegativeAttribute : Attribute;
