using Fincomp.Diagnostics;

namespace Fincomp.Checks.Rules;

/// <summary>
/// FC1107: a printed total within rounding of its parts that the report could not use (<see cref="Derivation.SetAsideTotal"/>),
/// or two sides of an identity that agree within rounding but keep two values (<see cref="Derivation.UnmatchedIdentity"/>).
/// The build reports the same finding, since it checks the same derived figures.
/// </summary>
internal sealed class SetAsideTotalRule : IRule
{
    public RuleInfo Info { get; } = new(
        "FC1107", Severity.Warning, "印出的合计无法与其分项一致印出，报告采用分项之和",
        "印出的合计与其各项之和在四舍五入误差之内时，报告本应采用印出数；但若报告同时印出的分项无法与它一致相加（例如某类合计多出的 0.01 万元无法分给其下任何一款，"
            + "或小计之下只有一个不为 0 的分项），采用印出数会使报告自相矛盾。此时报告在表格、正文、图表和汇总表中一律采用各项之和，并以本条提示说明未采用的印出数。"
            + "收入总计与支出总计在四舍五入误差内相等、却无法取同一个数时，两侧各印出自己的合计，也以本条提示。",
        "three_public.actual.vehicle_total 写 6.21，而 vehicle_purchase 0 + vehicle_operation 6.20 = 6.20：表中小计 6.21 之下只有一项 6.20，报告采用 6.20。",
        "核对印出的合计与各分项：若原表的分项与合计确实如此，可保留（报告采用分项之和）；若是抄录有误，改正抄错的数。两侧总计不一致时，可在 statement.declared 中写明原表印出的总计。");

    public IEnumerable<Diagnostic> Evaluate(RuleContext context)
    {
        foreach (var total in context.Figures.SetAside)
        {
            var parts = string.Join(" + ", total.Parts.Select(Amounts.Fixed));
            var why = total.Blocker ?? $"报告同时印出的分项（{parts}）无法与它一致相加";
            yield return Info.At(total.Printed.Span,
                $"印出的{total.What} {Amounts.Fixed(total.Printed.Value)} 未采用：它与{total.Source ?? "各项之和"} {Amounts.Fixed(total.Used)} 在四舍五入误差之内，"
                + $"但{why}；报告的表格、正文、图表和汇总表一律采用 {Amounts.Fixed(total.Used)}。");
        }

        foreach (var identity in context.Totals.Unmatched)
        {
            yield return Info.At(identity.Span,
                $"{identity.First} {Amounts.Fixed(identity.FirstValue)} 与{identity.Second} {Amounts.Fixed(identity.SecondValue)} 在四舍五入误差之内相等，"
                + "但取同一个数会使其中一侧的分项无法相加；报告两侧各印出自己的合计。若原表印出的总计相同，请在 statement.declared 中写明。");
        }
    }
}
