using Fincomp.Diagnostics;
using Fincomp.Model;

namespace Fincomp.Checks.Rules;

/// <summary>FC1402: the 财政拨款 part of 年初/年末结转和结余 cannot exceed the statement's 结转和结余 it is part of.</summary>
internal sealed class FiscalBalanceWithinTotalRule : IRule
{
    public RuleInfo Info { get; } = new(
        "FC1402", Severity.Error, "财政拨款结转和结余 ≤ 总表的结转和结余",
        "财政拨款结转和结余是收入支出决算总表中年初（年末）结转和结余的一部分，不能大于后者。",
        "appropriations.opening_balance 合计 20，而 statement.opening_balance 为 0。",
        "核对两处的结转和结余；总表的结转和结余包括财政拨款和非财政拨款两部分。");

    public IEnumerable<Diagnostic> Evaluate(RuleContext context)
    {
        var unit = context.Unit;
        foreach (var (fiscal, total, label) in new (FundAmounts?, Money?, string)[]
        {
            (unit.Appropriations.OpeningBalance, unit.Statement.OpeningBalance, "年初"),
            (unit.Appropriations.ClosingBalance, unit.Statement.ClosingBalance, "年末"),
        })
        {
            if (fiscal is null)
            {
                continue;
            }

            var part = Quantity.SumOf($"{label}财政拨款结转和结余", [fiscal.GeneralBudget, fiscal.GovernmentFund, fiscal.StateCapital], fiscal.Span);
            var whole = total is { } money ? Quantity.Of($"总表的{label}结转和结余", money) : Quantity.Exact($"总表的{label}结转和结余（未填）", 0m, unit.Statement.Span);
            if (!SumCheck.AtMost(part, whole))
            {
                yield return Info.At(part.Spans[0], $"{part.Label} {Amounts.Format(part.Value)} 大于{whole.Label} {Amounts.Format(whole.Value)}。", whole.Spans);
            }
        }
    }
}
