namespace Fincomp.Derivation;

/// <summary>A labelled amount in 万元, as the text lists them ("一般公共预算财政拨款收入837.44万元").</summary>
public sealed record NamedAmount(string Name, decimal Amount);
