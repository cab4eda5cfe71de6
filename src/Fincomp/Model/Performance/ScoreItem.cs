using System.ComponentModel;

namespace Fincomp.Model.Performance;

/// <summary>A score of an evaluation, possibly broken down into the scores of its parts.</summary>
public sealed record ScoreItem : ModelNode
{
    [Description("指标名称，如 部门预算管理指标")]
    public required string Name { get; init; }

    [Description("得分")]
    public required decimal Score { get; init; }

    [Description("满分（可选）")]
    public decimal? Maximum { get; init; }

    [Description("下级指标得分")]
    public IReadOnlyList<ScoreItem> Parts { get; init; } = [];
}
