namespace Fincomp.Derivation;

/// <summary>An equipment count with the label that carries its price threshold; null when the unit did not give it.</summary>
public sealed record NamedEquipment(string Label, int? Count);
