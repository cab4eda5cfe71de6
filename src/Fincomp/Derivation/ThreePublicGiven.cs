using Fincomp.Model;

namespace Fincomp.Derivation;

/// <summary>
/// Last year's "三公" amounts as far as they were given: a part is known when its amount is written (用车 and 接待 when
/// their printed 小计 is written or both of their items are), 合计 when it is written or all three parts are known.
/// A part not written is not given, never a 0: last year is compared only where both years state a figure.
/// </summary>
internal sealed record ThreePublicGiven(decimal? Overseas, decimal? Vehicles, decimal? Receptions, decimal? Total)
{
    public static ThreePublicGiven Of(ThreePublicAmounts amounts)
    {
        ArgumentNullException.ThrowIfNull(amounts);
        var overseas = amounts.Overseas is { } written ? Summed.Of(written) : (Summed?)null;
        var vehicles = Subtotal(amounts.VehicleTotal, amounts.VehiclePurchase, amounts.VehicleOperation);
        var receptions = Subtotal(amounts.ReceptionTotal, amounts.DomesticReception, amounts.ForeignReception);
        var total = overseas is { } o && vehicles is { } v && receptions is { } r
            ? FigureOfRecord.Choose(amounts.Total, o + v + r)
            : amounts.Total is { } printed ? Summed.Of(printed) : (Summed?)null;
        return new ThreePublicGiven(overseas?.Value, vehicles?.Value, receptions?.Value, total?.Value);
    }

    /// <summary>A 小计 of record when both items are written, the printed 小计 alone when only it is, otherwise not given.</summary>
    private static Summed? Subtotal(Money? printed, Money? first, Money? second) =>
        first is not null && second is not null ? FigureOfRecord.Choose(printed, Summed.Of([first, second]))
        : printed is { } total ? Summed.Of(total)
        : null;
}
