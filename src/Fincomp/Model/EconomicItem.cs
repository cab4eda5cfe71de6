using System.ComponentModel;

namespace Fincomp.Model;

/// <summary>One 部门支出经济分类 款 of basic expenditure (30101 基本工资 …).</summary>
public sealed record EconomicItem : ModelNode
{
    [Description("5 位经济分类款级编码，如 30201")]
    public required string Code { get; init; }

    [Description("名称（如原文所写，可选；缺省取编码表）")]
    public string? Name { get; init; }

    [Description("决算数（万元，可选）")]
    public Money? Amount { get; init; }
}
