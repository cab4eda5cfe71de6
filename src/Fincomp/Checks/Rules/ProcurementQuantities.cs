using Fincomp.Model;

namespace Fincomp.Checks.Rules;

/// <summary>
/// The 政府采购 quantities FC1603 and FC1604 compare, defined once so that both rules judge with the same rounding
/// intervals: the printed 总额 where the unit wrote it, else 货物 + 工程 + 服务 when all three are written (a part left
/// out is not given, so their sum is then no total).
/// </summary>
internal static class ProcurementQuantities
{
    public static Quantity? Total(Procurement procurement) =>
        procurement.Total is { } declared ? Quantity.Of("政府采购总额", declared)
        : AllPartsWritten(procurement) ? Parts(procurement) with { Label = "政府采购总额（货物、工程、服务之和）" }
        : null;

    public static bool AllPartsWritten(Procurement procurement) =>
        procurement.Goods is not null && procurement.Works is not null && procurement.Services is not null;

    public static Quantity Parts(Procurement procurement) =>
        Quantity.SumOf("货物、工程、服务之和", [procurement.Goods, procurement.Works, procurement.Services], procurement.Span);

    /// <summary>货物, 工程 and 服务 as the unit wrote them, each named.</summary>
    public static IEnumerable<Quantity> EachPart(Procurement procurement) =>
        new (string Name, Money? Amount)[] { ("政府采购货物支出", procurement.Goods), ("政府采购工程支出", procurement.Works), ("政府采购服务支出", procurement.Services) }
            .Where(p => p.Amount is not null)
            .Select(p => Quantity.Of(p.Name, p.Amount!.Value));
}
