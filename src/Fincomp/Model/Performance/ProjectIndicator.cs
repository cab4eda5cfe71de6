using System.ComponentModel;

namespace Fincomp.Model.Performance;

/// <summary>One indicator row of a 项目支出绩效自评表.</summary>
public sealed record ProjectIndicator : ModelNode
{
    [Description("一级指标，如 产出指标")]
    public required string Level1 { get; init; }

    [Description("二级指标，如 数量指标")]
    public required string Level2 { get; init; }

    [Description("三级指标")]
    public required string Name { get; init; }

    [Description("指标性质：≥、≤、=、定性")]
    public required IndicatorNature Nature { get; init; }

    [Description("指标值")]
    public required string Target { get; init; }

    [Description("度量单位")]
    public string? Unit { get; init; }

    [Description("完成值")]
    public string? Achieved { get; init; }

    [Description("权重")]
    public required decimal Weight { get; init; }

    [Description("得分")]
    public decimal? Score { get; init; }

    [Description("未完成原因分析")]
    public string? Reason { get; init; }
}
