using Fincomp.Diagnostics;
using Fincomp.Model;

namespace Fincomp.Checks.Rules;

/// <summary>
/// FC1503: vehicles bought ↔ 公务用车购置费: a purchase amount needs bought vehicles and the reverse, and the amounts
/// by type add up to the 决算 purchase amount.
/// </summary>
internal sealed class VehiclePurchaseRule : IRule
{
    public RuleInfo Info { get; } = new(
        "FC1503", Severity.Error, "购置车辆与公务用车购置费一致",
        "three_public.actual.vehicle_purchase 大于 0 时应有购置的车辆，购置了车辆时购置费应大于 0；按车型写出的金额之和应等于购置费。",
        "vehicle_purchase: 25，而 vehicles.purchased 各车型辆数均为 0。",
        "补录购置的车辆（车型、辆数、金额），或改正购置费。");

    public IEnumerable<Diagnostic> Evaluate(RuleContext context)
    {
        var threePublic = context.Unit.ThreePublic;
        var purchase = threePublic.Actual.VehiclePurchase;
        var purchased = threePublic.Vehicles?.Purchased;
        var types = purchased is null ? [] : new[] { purchased.Sedan, purchased.OffRoad, purchased.Passenger }.OfType<VehicleTypeCount>().ToArray();
        var count = types.Sum(t => t.Count);
        var amount = purchase.OrZero();
        if (amount > 0m && count == 0)
        {
            yield return Info.At(purchase!.Value.Span, $"公务用车购置费决算为 {Amounts.Format(amount)} 万元，但没有写购置的车辆。");
        }
        else if (amount == 0m && count > 0)
        {
            yield return Info.At(purchased!.Span, $"购置了 {count} 辆公务用车，但公务用车购置费决算为 0。", purchase is { } p ? [p.Span] : null);
        }

        var typed = types.Where(t => t.Amount is not null).ToList();
        if (typed.Count > 0 && purchase is { } stated
            && SumCheck.Compare(Info, Quantity.Of("公务用车购置费决算数", stated), Quantity.SumOf("各车型购置金额之和", typed.Select(t => t.Amount), purchased!.Span)) is { } finding)
        {
            yield return finding;
        }
    }
}
