using System.ComponentModel;

namespace Fincomp.Model.Performance;

/// <summary>部门整体支出绩效目标自评表.</summary>
public sealed record UnitForm : ModelNode
{
    [Description("部门名称（缺省为单位全称）")]
    public string? UnitName { get; init; }

    [Description("年度部门整体支出预算")]
    public FormBudget? Budget { get; init; }

    [Description("年度总体目标")]
    public string? OverallGoal { get; init; }

    [Description("年度主要任务")]
    public IReadOnlyList<UnitTask> Tasks { get; init; } = [];

    [Description("年度绩效指标，按二级指标分组")]
    public IReadOnlyList<UnitIndicatorGroup> IndicatorGroups { get; init; } = [];

    [Description("印出的合计数（可选，仅用于核对）")]
    public decimal? Total { get; init; }

    /// <summary>All 三级指标 in form order; their number is what the form's row count is.</summary>
    public IEnumerable<UnitIndicator> Indicators => IndicatorGroups.SelectMany(g => g.Indicators);
}
