using System.ComponentModel;

namespace Fincomp.Model.Performance;

/// <summary>第四部分 附件: the whole-unit self-evaluation and any number of project self-evaluations.</summary>
public sealed record PerformanceReports : ModelNode
{
    [Description("部门整体支出绩效自评报告")]
    public UnitReport? UnitReport { get; init; }

    [Description("项目支出绩效自评报告")]
    public IReadOnlyList<ProjectReport> Projects { get; init; } = [];
}
