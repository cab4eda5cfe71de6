using System.ComponentModel;

namespace Fincomp.Model.Performance;

/// <summary>A 三级指标 of the unit form, its target written as the form writes it (≥2, 正常运行, 2023年12月底前).</summary>
public sealed record UnitIndicator : ModelNode
{
    [Description("三级指标名称")]
    public required string Name { get; init; }

    [Description("指标性质（可选）：≥、≤、=、定性")]
    public IndicatorNature? Nature { get; init; }

    [Description("指标值，如原文所写")]
    public string? Value { get; init; }

    [Description("度量单位")]
    public string? Unit { get; init; }
}
