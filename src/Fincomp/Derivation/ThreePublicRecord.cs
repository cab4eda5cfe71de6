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

    /// <summary>
    /// The keys of the five amounts the unit did not write (overseas, vehicle_purchase, vehicle_operation,
    /// domestic_reception, foreign_reception), in the order of table 7. An amount under a 小计 or 合计 written as 0 is 0,
    /// given. A missing amount adds nothing to a total computed from the parts (a printed 合计 or 小计 above it is used
    /// as printed), and no stage states it: its sentence is left out and its cell in table 7 stays blank (absent is not
    /// zero).
    /// </summary>
    public IReadOnlyList<string> Missing { get; init; } = [];

    /// <summary>Whether the amount under <paramref name="key"/> (a key of <see cref="Missing"/>) was given.</summary>
    public bool Gives(string key) => !Missing.Contains(key, StringComparer.Ordinal);

    /// <summary>
    /// Whether 公务用车购置及运行维护费 is given: its 小计 is written, or both of its amounts are (an amount under a 小计
    /// or 合计 written as 0 is 0). One amount alone does not give the 小计: the other is not 0, so the 小计's cell in
    /// table 7 stays blank and no sentence states it, while the amount written keeps its own.
    /// </summary>
    public bool GivesVehicles { get; init; } = true;

    /// <summary>Whether 公务接待费 is given: its 小计 is written, or both 国内 and 外事 are (as <see cref="GivesVehicles"/>).</summary>
    public bool GivesReceptions { get; init; } = true;

    /// <summary>
    /// Whether the 合计 stands for all of "三公": it is printed, or 出国, 用车 and 接待 are each given. Where one is
    /// missing the 合计 adds only the amounts written, so no rate is stated for it (absent is not zero).
    /// </summary>
    public bool KnowsTotal { get; init; } = true;

    /// <summary>The set with its totals of record; <paramref name="column"/> names it in findings ("决算数").</summary>
    public static ThreePublicRecord Of(ThreePublicAmounts amounts, string column = "决算数")
    {
        ArgumentNullException.ThrowIfNull(amounts);
        var setAside = new List<SetAsideTotal>();
        var overseas = Summed.Of([amounts.Overseas]);
        var vehiclesKnown = amounts.VehiclePurchase is not null && amounts.VehicleOperation is not null;
        var receptionsKnown = amounts.DomesticReception is not null && amounts.ForeignReception is not null;
        var vehicles = Printed(amounts.VehicleTotal, vehiclesKnown) ?? FigureOfRecord.Choose(amounts.VehicleTotal, Summed.Of([amounts.VehiclePurchase, amounts.VehicleOperation]),
            $"公务用车购置及运行维护费小计的{column}", setAside, [amounts.VehiclePurchase.OrZero(), amounts.VehicleOperation.OrZero()]);
        var receptions = Printed(amounts.ReceptionTotal, receptionsKnown) ?? FigureOfRecord.Choose(amounts.ReceptionTotal, Summed.Of([amounts.DomesticReception, amounts.ForeignReception]),
            $"公务接待费小计的{column}", setAside, [amounts.DomesticReception.OrZero(), amounts.ForeignReception.OrZero()]);
        var partsKnown = amounts.Overseas is not null && (vehiclesKnown || amounts.VehicleTotal is not null) && (receptionsKnown || amounts.ReceptionTotal is not null);
        var total = Printed(amounts.Total, partsKnown) ?? FigureOfRecord.Choose(amounts.Total, overseas + vehicles + receptions,
            $"“三公”经费合计的{column}", setAside, [overseas.Value, vehicles.Value, receptions.Value]);
        var none = IsZero(amounts.Total);
        var missing = new (Money? Amount, Money? Subtotal, string Key)[]
            {
                (amounts.Overseas, null, "overseas"),
                (amounts.VehiclePurchase, amounts.VehicleTotal, "vehicle_purchase"),
                (amounts.VehicleOperation, amounts.VehicleTotal, "vehicle_operation"),
                (amounts.DomesticReception, amounts.ReceptionTotal, "domestic_reception"),
                (amounts.ForeignReception, amounts.ReceptionTotal, "foreign_reception"),
            }
            .Where(a => a.Amount is null && !none && !IsZero(a.Subtotal))
            .Select(a => a.Key)
            .ToList();
        var vehiclesGiven = amounts.VehicleTotal is not null || !(missing.Contains("vehicle_purchase") || missing.Contains("vehicle_operation"));
        var receptionsGiven = amounts.ReceptionTotal is not null || !(missing.Contains("domestic_reception") || missing.Contains("foreign_reception"));
        return new ThreePublicRecord(overseas.Value, amounts.VehiclePurchase.OrZero(), amounts.VehicleOperation.OrZero(), vehicles.Value,
            amounts.DomesticReception.OrZero(), amounts.ForeignReception.OrZero(), receptions.Value, total.Value)
        {
            SetAside = setAside,
            Missing = missing,
            GivesVehicles = vehiclesGiven,
            GivesReceptions = receptionsGiven,
            KnowsTotal = amounts.Total is not null || none || (!missing.Contains("overseas") && vehiclesGiven && receptionsGiven),
        };
    }

    private static bool IsZero(Money? printed) => printed is { } money && money.Value == 0m;

    /// <summary>
    /// A printed 合计 or 小计 over parts some of which the unit did not write: it is the figure the official table
    /// shows, and the parts written cannot stand for it (the missing one is not 0), so it is used as printed.
    /// </summary>
    private static Summed? Printed(Money? printed, bool partsKnown) => printed is { } total && !partsKnown ? Summed.Of(total) : null;
}
