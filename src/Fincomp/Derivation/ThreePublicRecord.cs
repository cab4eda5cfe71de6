using Fincomp.Model;

namespace Fincomp.Derivation;

/// <summary>
/// One set of "三公" amounts (预算, 决算 or 上年) with its totals of record: 用车小计 = 购置 + 运行维护, 接待小计 = 国内 +
/// 外事, 合计 = 出国 + 用车 + 接待, each the printed figure when it agrees with its parts within rounding.
/// </summary>
public sealed record ThreePublicRecord(decimal Overseas, decimal VehiclePurchase, decimal VehicleOperation, decimal Vehicles,
    decimal DomesticReception, decimal ForeignReception, decimal Receptions, decimal Total)
{
    public static ThreePublicRecord Of(ThreePublicAmounts amounts)
    {
        ArgumentNullException.ThrowIfNull(amounts);
        var overseas = Summed.Of([amounts.Overseas]);
        var vehicles = FigureOfRecord.Choose(amounts.VehicleTotal, Summed.Of([amounts.VehiclePurchase, amounts.VehicleOperation]));
        var receptions = FigureOfRecord.Choose(amounts.ReceptionTotal, Summed.Of([amounts.DomesticReception, amounts.ForeignReception]));
        var total = FigureOfRecord.Choose(amounts.Total, overseas + vehicles + receptions);
        return new ThreePublicRecord(overseas.Value, amounts.VehiclePurchase.OrZero(), amounts.VehicleOperation.OrZero(), vehicles.Value,
            amounts.DomesticReception.OrZero(), amounts.ForeignReception.OrZero(), receptions.Value, total.Value);
    }
}
