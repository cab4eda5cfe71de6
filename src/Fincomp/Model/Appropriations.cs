using System.ComponentModel;

namespace Fincomp.Model;

/// <summary>财政拨款收入支出决算总表: the balances of each kind of appropriation and the reason for the change.</summary>
public sealed record Appropriations : ModelNode
{
    [Description("年初财政拨款结转和结余，按资金性质")]
    public FundAmounts? OpeningBalance { get; init; }

    [Description("年末财政拨款结转和结余，按资金性质")]
    public FundAmounts? ClosingBalance { get; init; }

    [Description("财政拨款收、支总计的年初预算数（万元，可选）：写了才能说明财政拨款“完成年初预算的x%”")]
    public Money? InitialBudget { get; init; }

    [Description("财政拨款收、支总计较上年变动的主要原因")]
    public string? ChangeReason { get; init; }
}
