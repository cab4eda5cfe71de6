using System.ComponentModel;

namespace Fincomp.Model;

/// <summary>The eight income sources of 收入支出决算总表, in the order the table prints them. Left-out sources are zero.</summary>
public sealed record IncomeSources : ModelNode
{
    [Description("一般公共预算财政拨款收入（万元）")]
    public Money? GeneralBudget { get; init; }

    [Description("政府性基金预算财政拨款收入（万元）")]
    public Money? GovernmentFund { get; init; }

    [Description("国有资本经营预算财政拨款收入（万元）")]
    public Money? StateCapital { get; init; }

    [Description("上级补助收入（万元）")]
    public Money? SuperiorSubsidy { get; init; }

    [Description("事业收入（万元）")]
    public Money? Business { get; init; }

    [Description("经营收入（万元）")]
    public Money? Operating { get; init; }

    [Description("附属单位上缴收入（万元）")]
    public Money? AffiliateRemittance { get; init; }

    [Description("其他收入（万元）")]
    public Money? Other { get; init; }
}
