using System.ComponentModel;

namespace Fincomp.Model;

/// <summary>Spending by 功能分类: the 项 lines, and the 类/款 totals as published.</summary>
public sealed record FunctionalClassification : ModelNode
{
    [Description("项级科目明细")]
    public IReadOnlyList<FunctionalLine> Lines { get; init; } = [];

    [Description("官方报表印出的一般公共预算类、款合计数（可选）：与其下各项之和在四舍五入误差内时，报告采用印出数；否则报告错误")]
    public IReadOnlyList<DeclaredTotal> DeclaredTotals { get; init; } = [];

    [Description("收入决算表的项级收入，按来源（可选）：各列相加应等于总表的收入（FC1206）；不写时收入决算表只在支出就是收入（没有结转和结余）时按支出列示，否则各行收入留空（FC1207）")]
    public IReadOnlyList<IncomeLine> Income { get; init; } = [];

    [Description("一般公共预算财政拨款支出决算数与预算数（按比较口径）差异的主要原因（可选）：写在“完成年初预算的x%”之后")]
    public string? BudgetReason { get; init; }

    [Description("一般公共预算财政拨款支出较上年变动的主要原因")]
    public string? ChangeReason { get; init; }
}
