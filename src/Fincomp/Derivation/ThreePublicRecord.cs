using Fincomp.Model;

namespace Fincomp.Derivation;

/// <summary>
/// One set of "三公" amounts (预算, 决算 or 上年) with its totals of record: 用车小计 = 购置 + 运行维护, 接待小计 = 国内 +
/// 外事, 合计 = 出国 + 用车 + 接待, each the printed figure when it agrees with its parts within rounding.
/// </summary>
public sealed record ThreePublicRecord(decimal Overseas, decimal VehiclePurchase, decimal VehicleOperation, decimal Vehicles,
    decimal DomesticReception, decimal ForeignReception, decimal Receptions, decimal Total)
{
    /// <summary>The printed 合计 or 小计 that table 7 could not print over its rows (<see cref="SetAsideTotal"/>).</summary>
    public IReadOnlyList<SetAsideTotal> SetAside { get; init; } = [];

    /// <summary>The set with its totals of record; <paramref name="column"/> names it in findings ("决算数").</summary>
    public static ThreePublicRecord Of(ThreePublicAmounts amounts, string column = "决算数")
    {
        ArgumentNullException.ThrowIfNull(amounts);
        var setAside = new List<SetAsideTotal>();
        var overseas = Summed.Of([amounts.Overseas]);
        var vehicles = FigureOfRecord.Choose(amounts.VehicleTotal, Summed.Of([amounts.VehiclePurchase, amounts.VehicleOperation]),
            $"公务用车购置及运行维护费小计的{column}", setAside, [amounts.VehiclePurchase.OrZero(), amounts.VehicleOperation.OrZero()]);
        var receptions = FigureOfRecord.Choose(amounts.ReceptionTotal, Summed.Of([amounts.DomesticReception, amounts.ForeignReception]),
            $"公务接待费小计的{column}", setAside, [amounts.DomesticReception.OrZero(), amounts.ForeignReception.OrZero()]);
        var total = FigureOfRecord.Choose(amounts.Total, overseas + vehicles + receptions,
            $"“三公”经费合计的{column}", setAside, [overseas.Value, vehicles.Value, receptions.Value]);
        return new ThreePublicRecord(overseas.Value, amounts.VehiclePurchase.OrZero(), amounts.VehicleOperation.OrZero(), vehicles.Value,
            amounts.DomesticReception.OrZero(), amounts.ForeignReception.OrZero(), receptions.Value, total.Value)
        {
            SetAside = setAside,
        };
    }
}
