using Fincomp.Model;

namespace Fincomp.Checks.Rules;

/// <summary>
/// The three sets of "三公" amounts a unit states (预算, 决算, 上年) with their names, shared by the FC15xx rules.
/// <c>Partial</c> marks last year's set: its parts may be left out, and a part left out is not given rather than 0.
/// </summary>
internal static class ThreePublicSets
{
    public static IEnumerable<(string Label, ThreePublicAmounts Amounts, bool Partial)> Of(UnitYear unit)
    {
        yield return ("预算数", unit.ThreePublic.Budget, false);
        yield return ("决算数", unit.ThreePublic.Actual, false);
        if (unit.Previous?.ThreePublic is { } previous)
        {
            yield return ("上年决算数", previous, true);
        }
    }

    public static Money?[] Parts(ThreePublicAmounts amounts) =>
        [amounts.Overseas, amounts.VehiclePurchase, amounts.VehicleOperation, amounts.DomesticReception, amounts.ForeignReception];
}
