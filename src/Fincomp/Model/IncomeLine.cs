using System.ComponentModel;

namespace Fincomp.Model;

/// <summary>
/// One 项 row of 收入决算表 (table 2): the income the unit booked under a 功能分类 code, by source. Optional: a unit
/// file without these lines prints table 2 from its spending; with them (as <c>fincomp import</c> writes them from the
/// finance system's export) table 2 prints the income as recorded.
/// </summary>
public sealed record IncomeLine : ModelNode
{
    [Description("7 位项级科目编码，如 2010301")]
    public required string Code { get; init; }

    [Description("本年收入合计（万元）")]
    public required Money Total { get; init; }

    [Description("财政拨款收入（万元）")]
    public Money? Fiscal { get; init; }

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
