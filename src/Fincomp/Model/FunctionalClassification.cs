using System.ComponentModel;

namespace Fincomp.Model;

/// <summary>Spending by 功能分类: the 项 lines, and the 类/款 totals as published.</summary>
public sealed record FunctionalClassification : ModelNode
{
    [Description("项级科目明细")]
    public IReadOnlyList<FunctionalLine> Lines { get; init; } = [];

    [Description("原文印出的类、款合计数（可选，仅用于核对）")]
    public IReadOnlyList<DeclaredTotal> DeclaredTotals { get; init; } = [];

    [Description("一般公共预算财政拨款支出较上年变动的主要原因")]
    public string? ChangeReason { get; init; }
}
