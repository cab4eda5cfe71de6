namespace Fincomp.Derivation;

/// <summary>
/// The titles of the nine standard tables (第五部分 附表) as the published 部门决算公开 prints them, written once: the
/// tables print them, and derivation names them where a finding points at a row of one ("表3 支出决算表中科目 201 …").
/// </summary>
public static class StandardTableTitles
{
    public const string IncomeExpenditureSummary = "收入支出决算总表";

    public const string Income = "收入决算表";

    public const string Expenditure = "支出决算表";

    public const string FiscalSummary = "财政拨款收入支出决算总表";

    public const string GeneralBudgetExpenditure = "一般公共预算财政拨款支出决算表";

    public const string BasicExpenditure = "一般公共预算财政拨款基本支出决算表";

    public const string ThreePublic = "一般公共预算财政拨款“三公”经费支出决算表";

    /// <summary>The "三公" table's title in the Shanghai template, which has no 一般公共预算 in it.</summary>
    public const string ThreePublicShanghai = "财政拨款“三公”经费支出决算表";

    public const string GovernmentFund = "政府性基金预算财政拨款收入支出决算表";

    public const string StateCapital = "国有资本经营预算财政拨款收入支出决算表";

    /// <summary>A table as a message names it: its number and title ("表3 支出决算表").</summary>
    public static string Named(int number, string title) => $"表{number} {title}";
}
