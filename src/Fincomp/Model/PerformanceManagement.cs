using System.ComponentModel;

namespace Fincomp.Model;

/// <summary>预算绩效管理情况: how many projects went through each stage of performance management; a count left out is "not given", never 0.</summary>
public sealed record PerformanceManagement : ModelNode
{
    [Description("开展预算事前绩效评估的项目个数")]
    public int? PriorAssessed { get; init; }

    [Description("事前绩效评估项目举例，如 党建工作经费项目")]
    public IReadOnlyList<string> PriorAssessedExamples { get; init; } = [];

    [Description("编制绩效目标的项目个数")]
    public int? WithTargets { get; init; }

    [Description("开展绩效监控的项目个数")]
    public int? Monitored { get; init; }

    [Description("绩效自评情况的说明")]
    public string? SelfEvaluation { get; init; }
}
