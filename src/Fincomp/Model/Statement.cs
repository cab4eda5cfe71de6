using System.ComponentModel;

namespace Fincomp.Model;

/// <summary>收入支出决算总表: where the money came from and what kind of spending it went to.</summary>
public sealed record Statement : ModelNode
{
    [Description("本年收入，按来源")]
    public IncomeSources Income { get; init; } = new();

    [Description("使用非财政拨款结余（含专用结余）（万元）")]
    public Money? UseOfNonFiscalBalance { get; init; }

    [Description("年初结转和结余（万元）")]
    public Money? OpeningBalance { get; init; }

    [Description("本年支出，按支出类型")]
    public ExpenditureTypes Expenditure { get; init; } = new();

    [Description("结余分配（万元）")]
    [AllowNegative]
    public Money? BalanceDistribution { get; init; }

    [Description("年末结转和结余（万元）")]
    public Money? ClosingBalance { get; init; }

    [Description("官方报表印出的合计数（可选）：与各项之和在四舍五入误差内时报告采用印出数，否则报告错误")]
    public DeclaredStatementTotals? Declared { get; init; }

    [Description("收、支总计较上年变动的主要原因")]
    public string? ChangeReason { get; init; }
}
