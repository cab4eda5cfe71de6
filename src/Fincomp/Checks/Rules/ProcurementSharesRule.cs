using Fincomp.Derivation;
using Fincomp.Diagnostics;
using Fincomp.Model;

namespace Fincomp.Checks.Rules;

/// <summary>
/// FC1604: 授予中小企业 ≤ 政府采购总额 and 其中小微企业 ≤ 中小企业 (a part cannot exceed its whole), the 总额 also as the
/// report prints it (its figure of record): 0.04 over parts adding to 0.03 is within the rounding of the sum, yet the
/// report would print a part larger than its whole.
/// </summary>
internal sealed class ProcurementSharesRule : IRule
{
    public RuleInfo Info { get; } = new(
        "FC1604", Severity.Error, "中小企业 ≤ 采购总额，小微企业 ≤ 中小企业",
        "授予中小企业的合同金额是政府采购总额的一部分，其中授予小微企业的又是中小企业的一部分，部分不能大于整体。"
            + "没有印出总额时，总额是货物、工程、服务之和：中小企业金额大于报告印出的这个和时也是错误（报告会印出大于整体的部分）。"
            + "没有印出总额、货物、工程、服务又没写全时总额没有给出，不与之比较。",
        "procurement.small_and_medium: 80，而采购总额为 60。",
        "核对合同金额：中小企业金额不超过总额，小微企业金额不超过中小企业金额。");

    public IEnumerable<Diagnostic> Evaluate(RuleContext context)
    {
        var procurement = context.Unit.Procurement;
        var total = ProcurementQuantities.Total(procurement);
        if (procurement.SmallAndMedium is { } medium)
        {
            var part = Quantity.Of("授予中小企业合同金额", medium);
            if (total is not null && !SumCheck.AtMost(part, total))
            {
                yield return Exceeds(part, total);
            }
            else if (total is not null && context.Figures.Procurement?.Total is { } record && Display.Round(medium.Value) > Display.Round(record))
            {
                // The 总额 the report prints (货物 + 工程 + 服务 where no printed 总额 is used) is below the part as printed:
                // each could be a rounding, but the report would print a part larger than its whole.
                yield return Info.At(part.Spans[0],
                    $"{part.Label} {Amounts.Format(medium.Value)} 大于报告印出的政府采购总额 {Amounts.Format(record)}"
                    + (procurement.Total is null ? "（货物、工程、服务之和）" : string.Empty)
                    + "：部分不能大于整体。" + (procurement.Total is null ? "官方报表印出的总额与此不同时，请写出 procurement.total。" : string.Empty),
                    total.Spans);
            }

            if (procurement.SmallAndMicro is { } micro && !SumCheck.AtMost(Quantity.Of("授予小微企业合同金额", micro), part))
            {
                yield return Exceeds(Quantity.Of("授予小微企业合同金额", micro), part);
            }
        }
        else if (procurement.SmallAndMicro is { Value: > 0m } micro)
        {
            yield return Info.At(micro.Span, $"填了授予小微企业合同金额 {Amounts.Format(micro.Value)}，却没有填授予中小企业合同金额（小微企业包含在中小企业中）。");
        }
    }

    private Diagnostic Exceeds(Quantity part, Quantity whole) =>
        Info.At(part.Spans[0], $"{part.Label} {Amounts.Format(part.Value)} 大于{whole.Label} {Amounts.Format(whole.Value)}。", whole.Spans);
}
