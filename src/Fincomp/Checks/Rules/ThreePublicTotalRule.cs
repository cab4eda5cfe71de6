using Fincomp.Derivation;
using Fincomp.Diagnostics;
using Fincomp.Model;

namespace Fincomp.Checks.Rules;

/// <summary>
/// FC1501: for 预算, 决算 and 上年 each: 合计 = 出国 + 用车 + 接待, 用车小计 = 购置 + 运行维护, 接待小计 = 国内 + 外事.
/// A set may give only some parts: a sum is compared only when all of its parts are given
/// (<see cref="ThreePublicGiven"/>), since a part left out is not a 0 (the printed 合计 is then used as printed).
/// </summary>
internal sealed class ThreePublicTotalRule : IRule
{
    public RuleInfo Info { get; } = new(
        "FC1501", Severity.Error, "“三公”经费合计 = 出国 + 用车 + 接待",
        "预算数、决算数、上年决算数各自：印出的合计 = 因公出国（境）费 + 公务用车购置及运行维护费 + 公务接待费；用车小计 = 购置费 + 运行维护费；接待小计 = 国内接待 + 外事接待。只写了部分分项时（没写的分项不按 0 计），只核对各部分都写出的合计或小计。",
        "three_public.actual.total: 5，而 overseas 0 + vehicle_operation 3.2 + domestic_reception 1.5 = 4.7。",
        "改正印出的合计或小计，或改正抄错的分项。");

    public IEnumerable<Diagnostic> Evaluate(RuleContext context)
    {
        foreach (var (label, amounts) in ThreePublicSets.Of(context.Unit))
        {
            var checks = new (Money? Stated, string What, Money?[]? Parts)[]
            {
                (amounts.Total, "合计", GivenParts(amounts)),
                (amounts.VehicleTotal, "公务用车购置及运行维护费小计", [amounts.VehiclePurchase, amounts.VehicleOperation]),
                (amounts.ReceptionTotal, "公务接待费小计", [amounts.DomesticReception, amounts.ForeignReception]),
            };
            foreach (var (stated, what, parts) in checks)
            {
                if (stated is not { } money || parts is null || parts.Any(part => part is null))
                {
                    continue;
                }

                var expected = Quantity.SumOf("各分项之和", parts, amounts.Span);
                if (SumCheck.Compare(Info, Quantity.Of($"“三公”经费{label}的{what}", money), expected) is { } finding)
                {
                    yield return finding;
                }
            }
        }
    }

    /// <summary>
    /// The written figures that make up a partly given 合计 — 出国, then each of 用车 and 接待 by its two items when both
    /// are written, else by its printed 小计 — or null when one of the three parts is not given.
    /// </summary>
    private static Money?[]? GivenParts(ThreePublicAmounts amounts)
    {
        var given = ThreePublicGiven.Of(amounts);
        if (given.Overseas is null || given.Vehicles is null || given.Receptions is null)
        {
            return null;
        }

        return
        [
            amounts.Overseas,
            .. Group(amounts.VehicleTotal, amounts.VehiclePurchase, amounts.VehicleOperation),
            .. Group(amounts.ReceptionTotal, amounts.DomesticReception, amounts.ForeignReception),
        ];
    }

    private static Money?[] Group(Money? printed, Money? first, Money? second) =>
        first is not null && second is not null ? [first, second] : [printed];
}
