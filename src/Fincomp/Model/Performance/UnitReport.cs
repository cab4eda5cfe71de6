using System.ComponentModel;

namespace Fincomp.Model.Performance;

/// <summary>部门整体支出绩效自评报告: its free-text sections, the figures it states and its 自评表.</summary>
public sealed record UnitReport : ModelNode
{
    [Description("报告标题，如 遂宁高新区党群工作部2023年整体支出绩效自评报告")]
    public required string Title { get; init; }

    [Description("报告署名单位（标题上方一行，可选）")]
    public string? Issuer { get; init; }

    [Description("报告正文各节")]
    public IReadOnlyList<ReportSection> Sections { get; init; } = [];

    [Description("报告所述预算数")]
    public UnitBudgetFigures? Budget { get; init; }

    [Description("总得分")]
    public decimal? Score { get; init; }

    [Description("得分构成")]
    public IReadOnlyList<ScoreItem> ScoreParts { get; init; } = [];

    [Description("部门整体支出绩效目标自评表")]
    public UnitForm? Form { get; init; }
}
