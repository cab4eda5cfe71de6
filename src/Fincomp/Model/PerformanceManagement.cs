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

    [Description("本部门建立的预算绩效管理制度名称，每项一条（可选）")]
    public IReadOnlyList<string> Systems { get; init; } = [];

    [Description("建立的预算绩效管理工作机制，如 “事前评估、事中监控、事后评价”全过程（可选；句子写作“建立了…的预算绩效管理工作机制”）")]
    public string? Mechanism { get; init; }

    [Description("编报绩效目标的项目涉及预算金额（万元，可选）")]
    public Money? WithTargetsAmount { get; init; }

    [Description("绩效跟踪评价（监控）的项目涉及预算金额（万元，可选）")]
    public Money? MonitoredAmount { get; init; }

    [Description("开展绩效自评的项目个数（可选）")]
    public int? SelfEvaluated { get; init; }

    [Description("绩效自评的项目涉及预算金额（万元，可选）")]
    public Money? SelfEvaluatedAmount { get; init; }

    [Description("绩效自评平均得分（分，可选）")]
    public decimal? AverageScore { get; init; }

    [Description("绩效自评的评级：优、良、合格、不合格的项目个数（可选）")]
    public PerformanceGrades? Grades { get; init; }

    [Description("绩效自评发现的问题及整改情况（可选）")]
    public PerformanceProblems? Problems { get; init; }

    [Description("绩效自评情况的说明")]
    public string? SelfEvaluation { get; init; }
}
