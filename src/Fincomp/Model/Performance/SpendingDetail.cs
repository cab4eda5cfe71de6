using System.ComponentModel;

namespace Fincomp.Model.Performance;

/// <summary>A line of a project's 具体开支范围, with its own breakdown (包括…).</summary>
public sealed record SpendingDetail : ModelNode
{
    [Description("开支内容")]
    public required string Name { get; init; }

    [Description("金额（万元）")]
    public required Money Amount { get; init; }

    [Description("细项")]
    public IReadOnlyList<SpendingDetail> Items { get; init; } = [];
}
