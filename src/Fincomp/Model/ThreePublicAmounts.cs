using System.ComponentModel;

namespace Fincomp.Model;

/// <summary>
/// "三公"经费 broken down as table 7 prints it. Parts left out are zero; a total or subtotal, if written, is the figure of
/// record when it agrees with its parts within rounding (see FigureOfRecord), and is reported otherwise.
/// </summary>
public sealed record ThreePublicAmounts : ModelNode
{
    [Description("因公出国（境）费（万元）")]
    public Money? Overseas { get; init; }

    [Description("公务用车购置费（万元）")]
    public Money? VehiclePurchase { get; init; }

    [Description("公务用车运行维护费（万元）")]
    public Money? VehicleOperation { get; init; }

    [Description("国内公务接待费（万元）")]
    public Money? DomesticReception { get; init; }

    [Description("外事接待费（万元）")]
    public Money? ForeignReception { get; init; }

    [Description("印出的合计数（可选）：与各项之和在四舍五入误差内时报告采用印出数，否则报告错误")]
    public Money? Total { get; init; }

    [Description("印出的公务用车购置及运行维护费小计（可选）：与各项之和在四舍五入误差内时报告采用印出数，否则报告错误")]
    public Money? VehicleTotal { get; init; }

    [Description("印出的公务接待费小计（可选）：与各项之和在四舍五入误差内时报告采用印出数，否则报告错误")]
    public Money? ReceptionTotal { get; init; }
}
