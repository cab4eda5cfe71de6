namespace Fincomp.Import;

/// <summary>A 经济分类 款 row of table 6 (its amount may be blank).</summary>
internal sealed record ImportedItem(string Code, string Name, ImportedAmount? Amount);
