using System.ComponentModel;

namespace Fincomp.Model.Performance;

/// <summary>A 项目支出绩效自评报告 with its 自评表.</summary>
public sealed record ProjectReport : ModelNode
{
    [Description("项目编码")]
    public string? Code { get; init; }

    [Description("项目名称（自评表所写），如 党建工作经费（2023）")]
    public required string Name { get; init; }

    [Description("报告标题，如 2023年党建工作经费项目支出绩效自评报告")]
    public required string Title { get; init; }

    [Description("报告署名单位（标题上方一行，可选）")]
    public string? Issuer { get; init; }

    [Description("主管部门")]
    public string? Department { get; init; }

    [Description("实施单位")]
    public string? Implementer { get; init; }

    [Description("报告正文各节；开支明细列在 list_spending 为 true 的小节之后")]
    public IReadOnlyList<ReportSection> Sections { get; init; } = [];

    [Description("项目年度目标")]
    public string? AnnualGoal { get; init; }

    [Description("年度目标完成情况")]
    public string? GoalCompletion { get; init; }

    [Description("项目实施内容及过程概述")]
    public string? Implementation { get; init; }

    [Description("预算执行情况")]
    public BudgetExecution? Budget { get; init; }

    [Description("具体开支范围")]
    public IReadOnlyList<SpendingDetail> Spending { get; init; } = [];

    [Description("绩效指标")]
    public IReadOnlyList<ProjectIndicator> Indicators { get; init; } = [];

    [Description("印出的合计：权重（可选，仅用于核对）")]
    public decimal? TotalWeight { get; init; }

    [Description("印出的合计：得分（可选，仅用于核对）")]
    public decimal? TotalScore { get; init; }

    [Description("自评表的评价结论")]
    public string? Conclusion { get; init; }

    [Description("存在问题")]
    public string? Problems { get; init; }

    [Description("改进措施")]
    public string? Measures { get; init; }

    [Description("项目负责人")]
    public string? ProjectLeader { get; init; }

    [Description("财务负责人")]
    public string? FinanceLeader { get; init; }
}
