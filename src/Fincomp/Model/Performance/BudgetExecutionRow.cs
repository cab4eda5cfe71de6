using System.ComponentModel;

namespace Fincomp.Model.Performance;

/// <summary>One fund row of 预算执行情况: 年初预算, 调整后预算数 and 预算执行数 (the rate is computed).</summary>
public sealed record BudgetExecutionRow : ModelNode
{
    [Description("年初预算（万元）")]
    public Money? Initial { get; init; }

    [Description("调整后预算数（万元）")]
    public Money? Adjusted { get; init; }

    [Description("预算执行数（万元）")]
    public Money? Executed { get; init; }
}
