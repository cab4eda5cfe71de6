using System.ComponentModel;

namespace Fincomp.Model;

/// <summary>
/// 面向中小企业预留: the procurement budget set aside for small and medium (and micro) enterprises and what such
/// suppliers won, in the Shanghai template's words. Each amount left out is "not given": its clause is not printed.
/// </summary>
public sealed record SmeReservation : ModelNode
{
    [Description("面向中小企业预留政府采购项目预算金额（万元）")]
    public Money? SmallAndMedium { get; init; }

    [Description("面向小微企业预留政府采购项目预算金额（万元）")]
    public Money? SmallAndMicro { get; init; }

    [Description("在面向中小企业预留的政府采购项目中，由中小企业供应商中标或成交的采购金额（万元）")]
    public Money? WonBySmallAndMedium { get; init; }

    [Description("在面向小微企业预留的政府采购项目中，由小微企业供应商中标或成交的采购金额（万元）")]
    public Money? WonBySmallAndMicro { get; init; }

    [Description("在其他政府采购项目中，由中小企业供应商中标或成交的采购金额（万元）")]
    public Money? OtherWonBySmallAndMedium { get; init; }
}
