using Fincomp.Diagnostics;
using Fincomp.Model;

namespace Fincomp.Checks.Rules;

/// <summary>
/// FC1505: the 基本支出 款 that are "三公" spending (30212, 30217, 30231, 31013) are part of the 决算 "三公" amounts, so
/// none can exceed the amount it belongs to. Real disclosures print 30217 as 8.31 against a 公务接待费 of 0.30 while
/// every total adds up, which no sum rule sees.
/// </summary>
internal sealed class ThreePublicWithinBasicRule : IRule
{
    public RuleInfo Info { get; } = new(
        "FC1505", Severity.Error, "基本支出中的\"三公\"款不超过\"三公\"经费决算数",
        "basic_expenditure.items 中 30212 因公出国（境）费用、30217 公务接待费、30231 公务用车运行维护费、31013 公务用车购置的金额是\"三公\"经费的一部分，不能大于 three_public.actual 中对应的决算数（30217 对应国内公务接待费与外事接待费之和）。没写的决算数不按 0 计：改与印出的小计（公务接待费小计、公务用车购置及运行维护费小计）比较，没有小计时与印出的合计比较，都没写时不核对。按四舍五入区间比较；未写\"三公\"经费决算数时不核对。",
        "30231 公务用车运行维护费 amount: 6.00，而 three_public.actual.vehicle_operation: 4.00。",
        "核对该款的金额与\"三公\"经费决算数，改正写错的一方。");

    public IEnumerable<Diagnostic> Evaluate(RuleContext context)
    {
        var threePublic = context.Unit.ThreePublic;
        if (!threePublic.IsWritten(nameof(threePublic.Actual)))
        {
            yield break;
        }

        var actual = threePublic.Actual;
        foreach (var item in context.Unit.BasicExpenditure.Items)
        {
            if (item.Amount is not { } amount || Limit(item.Code, actual) is not { } limit)
            {
                continue;
            }

            var stated = Quantity.Of($"经济分类 {item.Code}", amount);
            if (!SumCheck.AtMost(stated, limit))
            {
                yield return Info.At(amount.Span,
                    $"基本支出经济分类 {item.Code} {item.Name ?? context.Economic.Find(item.Code)?.Name} 金额 {Amounts.Format(amount.Value)} 万元，超过{limit.Label} {Amounts.Format(limit.Value)} 万元（{stated.Interval} 高于 {limit.Interval}，超出四舍五入误差）；这一款是\"三公\"经费的一部分，不能大于它。",
                    limit.Spans);
            }
        }
    }

    /// <summary>
    /// The 决算 "三公" figure an economic 款 belongs to, or null for a 款 that is not "三公" spending or whose figure the
    /// unit did not give. An amount not written is not 0: the 款 is then held to the printed 小计 above it, or else to the
    /// printed 合计, and not compared at all when neither is written.
    /// </summary>
    private static Quantity? Limit(string code, ThreePublicAmounts actual) => code switch
    {
        "30212" => Given("\"三公\"经费中的因公出国（境）费决算数", [actual.Overseas], null, actual),
        "30217" => Given("\"三公\"经费中的公务接待费（国内与外事）决算数", [actual.DomesticReception, actual.ForeignReception],
            actual.ReceptionTotal is { } receptions ? Quantity.Of("\"三公\"经费中的公务接待费小计决算数", receptions) : null, actual),
        "30231" => Given("\"三公\"经费中的公务用车运行维护费决算数", [actual.VehicleOperation],
            actual.VehicleTotal is { } vehicles ? Quantity.Of("\"三公\"经费中的公务用车购置及运行维护费小计决算数", vehicles) : null, actual),
        "31013" => Given("\"三公\"经费中的公务用车购置费决算数", [actual.VehiclePurchase],
            actual.VehicleTotal is { } vehicles ? Quantity.Of("\"三公\"经费中的公务用车购置及运行维护费小计决算数", vehicles) : null, actual),
        _ => null,
    };

    /// <summary>The amounts when all are written, else the printed 小计, else the printed 合计, else null.</summary>
    private static Quantity? Given(string label, Money?[] amounts, Quantity? subtotal, ThreePublicAmounts actual) =>
        amounts.All(a => a is not null) ? Quantity.SumOf(label, amounts, actual.Span)
        : subtotal ?? (actual.Total is { } total ? Quantity.Of("\"三公\"经费合计决算数", total) : null);
}
