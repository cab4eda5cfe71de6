using System.ComponentModel;

namespace Fincomp.Model;

/// <summary>One unit whose 决算 a 部门决算 consolidates (部门决算单位构成).</summary>
public sealed record BudgetUnit : ModelNode
{
    [Description("单位名称，如 上海市XX局（本级）")]
    public required string Name { get; init; }

    [Description("备注（可选），如 行政单位、事业单位")]
    public string? Note { get; init; }
}
