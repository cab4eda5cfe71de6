using Fincomp.Diagnostics;
using Fincomp.Model;

namespace Fincomp.Checks.Rules;

/// <summary>FC1604: 授予中小企业 ≤ 政府采购总额 and 其中小微企业 ≤ 中小企业 (a part cannot exceed its whole).</summary>
internal sealed class ProcurementSharesRule : IRule
{
    public RuleInfo Info { get; } = new(
        "FC1604", Severity.Error, "中小企业 ≤ 采购总额，小微企业 ≤ 中小企业",
        "授予中小企业的合同金额是政府采购总额的一部分，其中授予小微企业的又是中小企业的一部分，部分不能大于整体。"
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
