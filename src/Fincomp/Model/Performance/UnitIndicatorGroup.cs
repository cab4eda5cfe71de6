using System.ComponentModel;

namespace Fincomp.Model.Performance;

/// <summary>The 三级指标 under one 二级指标 of the unit form, which carries the weight for the whole group.</summary>
public sealed record UnitIndicatorGroup : ModelNode
{
    [Description("一级指标（可选）")]
    public string? Level1 { get; init; }

    [Description("二级指标，如 数量指标")]
    public required string Level2 { get; init; }

    [Description("权重")]
    public decimal? Weight { get; init; }

    [Description("三级指标")]
    public IReadOnlyList<UnitIndicator> Indicators { get; init; } = [];
}
