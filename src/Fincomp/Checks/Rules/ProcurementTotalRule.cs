using Fincomp.Diagnostics;

namespace Fincomp.Checks.Rules;

/// <summary>
/// FC1603: 政府采购 货物 + 工程 + 服务 = 总额, and none of them larger than the printed 总额 (rounding is monotone, so a
/// part printed above its whole is a wrong figure even where the intervals of the sum still meet).
/// </summary>
internal sealed class ProcurementTotalRule : IRule
{
    public RuleInfo Info { get; } = new(
        "FC1603", Severity.Error, "政府采购：货物 + 工程 + 服务 = 总额",
        "印出的政府采购支出总额应等于政府采购货物、工程、服务支出之和（差额在四舍五入误差之内时只作提示），且其中任何一项都不能大于总额："
            + "四舍五入不会使部分大于整体，即使差额只有 0.01 万元（总额 99.99，货物 100.00）。"
            + "货物、工程、服务有没写的时，没写的不按 0 计，只核对写出的各项不大于总额。",
        "procurement.total: 120，而 goods 50 + works 0 + services 60 = 110。",
        "改正总额或抄错的分项。");

    public IEnumerable<Diagnostic> Evaluate(RuleContext context)
    {
        var procurement = context.Unit.Procurement;
        if (procurement.Total is not { } printed)
        {
            yield break;
        }

        var total = Quantity.Of("印出的政府采购总额", printed);
        if (ProcurementQuantities.AllPartsWritten(procurement) && SumCheck.Compare(Info, total, ProcurementQuantities.Parts(procurement)) is { } finding)
        {
            yield return finding;
        }

        foreach (var part in ProcurementQuantities.EachPart(procurement).Where(p => !SumCheck.AtMost(p, total)))
        {
            yield return Info.At(part.Spans[0], $"{part.Label} {Amounts.Format(part.Value)} 大于印出的政府采购总额 {Amounts.Format(printed.Value)}：部分不能大于整体。", total.Spans);
        }
    }
}
