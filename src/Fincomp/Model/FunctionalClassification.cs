using System.ComponentModel;

namespace Fincomp.Model;

/// <summary>Spending by 功能分类: the 项 lines, and the 类/款 totals as published.</summary>
public sealed record FunctionalClassification : ModelNode
{
    [Description("项级科目明细")]
    public IReadOnlyList<FunctionalLine> Lines { get; init; } = [];

    [Description("官方报表印出的一般公共预算类、款合计数（可选）：与其下各项之和在四舍五入误差内时，报告采用印出数；否则报告错误")]
    public IReadOnlyList<DeclaredTotal> DeclaredTotals { get; init; } = [];

    [Description("收入决算表的项级收入，按来源（可选；不写时收入决算表按支出列示）")]
    public IReadOnlyList<IncomeLine> Income { get; init; } = [];

    [Description("一般公共预算财政拨款支出较上年变动的主要原因")]
    public string? ChangeReason { get; init; }
}
