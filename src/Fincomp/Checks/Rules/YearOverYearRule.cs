using Fincomp.Diagnostics;
using Fincomp.Model;

namespace Fincomp.Checks.Rules;

/// <summary>
/// FC1704: a change on the previous year beyond both thresholds (settings: change_percent_threshold, default 10%, and
/// change_amount_threshold, default 10 万元) needs the reason the text must give. Both must be exceeded, so small
/// units are not asked to explain a 0.5 万元 change of 50%.
/// </summary>
internal sealed class YearOverYearRule : IRule
{
    public RuleInfo Info { get; } = new(
        "FC1704", Severity.Warning, "较上年变动较大时应说明原因",
        "收支总计、财政拨款收支总计、一般公共预算财政拨款支出、“三公”经费、机关运行经费较上年的变动，同时超过比例阈值（缺省 10%）和金额阈值（缺省 10 万元）时，必须写明主要原因。阈值可在 settings 中调整。",
        "上年收入总计 1000，本年 837.44（下降 16.26%，减少 162.56 万元），statement.change_reason 未写。",
        "补写相应的变动原因（statement.change_reason、appropriations.change_reason、functional.change_reason、three_public.change_reason、operating_costs.reason）。");

    public IEnumerable<Diagnostic> Evaluate(RuleContext context)
    {
        var unit = context.Unit;
        if (unit.Previous is not { } previous)
        {
            yield break;
        }

        var totals = context.Totals;
        var threePublic = context.Figures.ThreePublic;
        var figures = new (string Label, Money? Previous, decimal? Current, string? Reason, ModelNode Owner)[]
        {
            ("收入总计", previous.IncomeGrandTotal, totals.IncomeGrandTotal, unit.Statement.ChangeReason, unit.Statement),
            ("支出总计", previous.ExpenditureGrandTotal, totals.ExpenditureGrandTotal, unit.Statement.ChangeReason, unit.Statement),
            ("财政拨款收入总计", previous.FiscalIncomeGrandTotal, totals.FiscalIncomeGrandTotal, unit.Appropriations.ChangeReason, unit.Appropriations),
            ("财政拨款支出总计", previous.FiscalExpenditureGrandTotal, totals.FiscalExpenditureGrandTotal, unit.Appropriations.ChangeReason, unit.Appropriations),
            ("一般公共预算财政拨款支出", previous.GeneralBudgetExpenditure, totals.GeneralBudgetExpenditure, unit.Functional.ChangeReason, unit.Functional),
            ("“三公”经费", threePublic.Total.Previous is { } p ? new Money(p, previous.ThreePublic!.Span) : null,
                threePublic.Given ? threePublic.Total.Actual : null, unit.ThreePublic.ChangeReason ?? unit.ThreePublic.Reason, unit.ThreePublic),
            ("机关运行经费", previous.OperatingCosts, unit.OperatingCosts.Amount?.Value, unit.OperatingCosts.Reason, unit.OperatingCosts),
        };
        foreach (var (label, before, current, reason, owner) in figures)
        {
            // A change needs both years: no reason is asked for a change from or to a figure that was not given.
            if (before is not { } prior || current is not { } now || !string.IsNullOrWhiteSpace(reason))
            {
                continue;
            }

            var change = now - prior.Value;
            var beyondAmount = Math.Abs(change) > context.ChangeAmountThreshold;
            var beyondShare = prior.Value == 0m ? change != 0m : Math.Abs(change) * 100m / prior.Value > context.ChangePercentThreshold;
            if (beyondAmount && beyondShare)
            {
                var share = prior.Value == 0m ? "上年为 0" : $"变动 {Derivation.Display.TextPercent(Derivation.Display.Percent(change, prior.Value)!.Value)}%";
                // The reason goes into the section: point at it, or at the top of the file when the section is not written.
                var at = owner.Span.File is null ? unit.Span : owner.Span;
                yield return Info.At(at, $"{label}由上年 {Amounts.Format(prior.Value)} 变为 {Amounts.Format(now)} 万元（{share}），超过阈值，但没有写变动原因。", [prior.Span]);
            }
        }
    }
}
