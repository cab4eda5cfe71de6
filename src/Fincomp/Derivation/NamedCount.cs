namespace Fincomp.Derivation;

/// <summary>A labelled count, as the text lists them ("主要领导干部用车0辆").</summary>
public sealed record NamedCount(string Name, int Count);
