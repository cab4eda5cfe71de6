using Fincomp.Model;

namespace Fincomp.Derivation;

/// <summary>
/// The "三公" figures of section 七: the total and its three parts, each with budget, actual and last year. Last year
/// is null when the unit file does not give it, so the text can leave the comparison out rather than invent a zero.
/// </summary>
public sealed record ThreePublicFigures(ThreePublicPart Total, ThreePublicPart Overseas, ThreePublicPart Vehicles, ThreePublicPart Receptions)
{
    /// <summary>公务用车购置费 and 运行维护费 alone, for the 其中 sentences.</summary>
    public required decimal VehiclePurchase { get; init; }

    public required decimal VehicleOperation { get; init; }

    public required decimal DomesticReception { get; init; }

    public required decimal ForeignReception { get; init; }

    public static ThreePublicFigures From(ThreePublic model, ThreePublicAmounts? previous)
    {
        var budget = model.Budget;
        var actual = model.Actual;
        return new ThreePublicFigures(
            new ThreePublicPart("“三公”经费", UnitTotals.ThreePublicTotal(budget), UnitTotals.ThreePublicTotal(actual), previous is null ? null : UnitTotals.ThreePublicTotal(previous)),
            new ThreePublicPart("因公出国（境）费", budget.Overseas.OrZero(), actual.Overseas.OrZero(), previous?.Overseas.OrZero()),
            new ThreePublicPart("公务用车购置及运行维护费", VehicleSum(budget), VehicleSum(actual), previous is null ? null : VehicleSum(previous)),
            new ThreePublicPart("公务接待费", ReceptionSum(budget), ReceptionSum(actual), previous is null ? null : ReceptionSum(previous)))
        {
            VehiclePurchase = actual.VehiclePurchase.OrZero(),
            VehicleOperation = actual.VehicleOperation.OrZero(),
            DomesticReception = actual.DomesticReception.OrZero(),
            ForeignReception = actual.ForeignReception.OrZero(),
        };
    }

    private static decimal VehicleSum(ThreePublicAmounts amounts) => amounts.VehiclePurchase.OrZero() + amounts.VehicleOperation.OrZero();

    private static decimal ReceptionSum(ThreePublicAmounts amounts) => amounts.DomesticReception.OrZero() + amounts.ForeignReception.OrZero();
}
