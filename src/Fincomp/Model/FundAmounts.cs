using System.ComponentModel;

namespace Fincomp.Model;

/// <summary>An amount for each of the three kinds of 财政拨款.</summary>
public sealed record FundAmounts : ModelNode
{
    [Description("一般公共预算财政拨款（万元）")]
    public Money? GeneralBudget { get; init; }

    [Description("政府性基金预算财政拨款（万元）")]
    public Money? GovernmentFund { get; init; }

    [Description("国有资本经营预算财政拨款（万元）")]
    public Money? StateCapital { get; init; }
}
