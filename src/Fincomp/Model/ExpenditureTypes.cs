using System.ComponentModel;

namespace Fincomp.Model;

/// <summary>The five expenditure types of 支出决算表. Left-out types are zero.</summary>
public sealed record ExpenditureTypes : ModelNode
{
    [Description("基本支出（万元）")]
    public Money? Basic { get; init; }

    [Description("项目支出（万元）")]
    public Money? Project { get; init; }

    [Description("上缴上级支出（万元）")]
    public Money? RemittanceToSuperior { get; init; }

    [Description("经营支出（万元）")]
    public Money? Operating { get; init; }

    [Description("对附属单位补助支出（万元）")]
    public Money? SubsidyToAffiliates { get; init; }
}
