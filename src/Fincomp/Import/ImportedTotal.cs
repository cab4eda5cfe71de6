namespace Fincomp.Import;

/// <summary>A 类 or 款 row of table 5: the printed total of its 一般公共预算 项.</summary>
internal sealed record ImportedTotal(string Code, string Name, ImportedAmount Actual);
