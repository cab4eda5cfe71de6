using System.ComponentModel;

namespace Fincomp.Model;

/// <summary>Who reports and for which year.</summary>
public sealed record UnitIdentity : ModelNode
{
    [Description("单位全称，如 四川遂宁高新技术产业园区党群工作部")]
    public required string Name { get; init; }

    [Description("正文中使用的简称，如 党群部")]
    public required string ShortName { get; init; }

    [Description("正文中出现的其他简称，如 党群工作部")]
    public IReadOnlyList<string> OtherNames { get; init; } = [];

    [Description("决算年度，如 2023")]
    public required int Year { get; init; }

    [Description("单位性质：行政单位、事业单位 或 参照公务员法管理")]
    public required UnitKind Kind { get; init; }

    [Description("部门决算是否含下属事业单位（true/false，缺省 false）；含时机关运行经费只应不超过公用经费，不必相等")]
    public bool IncludesInstitutions { get; init; }

    [Description("报告口径：单位决算 或 部门决算（汇总所属单位的部门）；不写时，profile.organization.budget_units 列出两个及以上单位为部门决算，否则为单位决算")]
    public ReportScope? Scope { get; init; }

    [Description("预算级次，如 一级预算单位")]
    public string? BudgetLevel { get; init; }

    [Description("上级单位或所属机关")]
    public string? Parent { get; init; }

    [Description("封面的编制日期，按印出的样子书写，如 2024年9月；不写则封面只印编制单位")]
    public string? Published { get; init; }
}
