using System.ComponentModel;

namespace Fincomp.Model;

/// <summary>政府采购: by kind, and the contracts awarded to small and medium enterprises.</summary>
public sealed record Procurement : ModelNode
{
    [Description("政府采购货物支出（万元）")]
    public Money? Goods { get; init; }

    [Description("政府采购工程支出（万元）")]
    public Money? Works { get; init; }

    [Description("政府采购服务支出（万元）")]
    public Money? Services { get; init; }

    [Description("印出的政府采购支出总额（可选）：与各项之和在四舍五入误差内时报告采用印出数，否则报告错误")]
    public Money? Total { get; init; }

    [Description("授予中小企业合同金额（万元）")]
    public Money? SmallAndMedium { get; init; }

    [Description("其中：授予小微企业合同金额（万元）")]
    public Money? SmallAndMicro { get; init; }

    [Description("面向中小企业预留政府采购项目的预算金额及中小企业中标、成交金额（可选，上海格式写出）")]
    public SmeReservation? Reserved { get; init; }
}
