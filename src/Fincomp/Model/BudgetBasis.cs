namespace Fincomp.Model;

/// <summary>
/// The budget figure the report compares spending with: 全年预算数 (the adjusted budget, as Sichuan's documents do) or
/// 年初预算数 (the budget approved at the start of the year, as Shanghai's and Zhejiang's do).
/// </summary>
public enum BudgetBasis
{
    [EnumLabel("全年预算")] FullYear,
    [EnumLabel("年初预算")] Initial,
}
