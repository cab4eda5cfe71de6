namespace Fincomp.Derivation;

/// <summary>A row of table 6: a 经济分类 类 (bold, its amount the sum of its 款) or 款, with an amount when known.</summary>
public sealed record EconomicRow(string Code, string Name, decimal? Amount, bool IsClass);
