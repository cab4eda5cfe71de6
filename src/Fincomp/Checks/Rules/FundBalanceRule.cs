using Fincomp.Diagnostics;
using Fincomp.Model;

namespace Fincomp.Checks.Rules;

/// <summary>
/// FC1401: per kind of 财政拨款 (一般公共预算, 政府性基金, 国有资本经营): 年初结转和结余 + 本年收入 = 本年支出 +
/// 年末结转和结余. The income is the statement's, the spending the 项 lines of that fund, the balances the
/// appropriations section, so the rule is also what makes the three sections agree.
/// </summary>
internal sealed class FundBalanceRule : IRule
{
    public RuleInfo Info { get; } = new(
        "FC1401", Severity.Error, "财政拨款：年初结转 + 本年收入 = 本年支出 + 年末结转",
        "每种财政拨款（一般公共预算、政府性基金、国有资本经营）的年初结转和结余加本年收入，应等于该资金性质各项级科目的支出之和加年末结转和结余。这也要求收入支出总表、功能分类支出与财政拨款结转结余三处的数字一致。",
        "一般公共预算财政拨款收入 837.44，年初、年末结转均为 0，而一般公共预算各项支出之和为 836.44。",
        "核对该资金性质的收入、各项支出与结转结余，找出漏录或抄错的一笔。");

    public IEnumerable<Diagnostic> Evaluate(RuleContext context)
    {
        var unit = context.Unit;
        var income = unit.Statement.Income;
        var opening = unit.Appropriations.OpeningBalance;
        var closing = unit.Appropriations.ClosingBalance;
        if (unit.Functional.Lines.Count == 0)
        {
            yield break;
        }

        foreach (var (fund, label, received, open, close) in new (Fund, string, Money?, Money?, Money?)[]
        {
            (Fund.GeneralBudget, "一般公共预算", income.GeneralBudget, opening?.GeneralBudget, closing?.GeneralBudget),
            (Fund.GovernmentFund, "政府性基金预算", income.GovernmentFund, opening?.GovernmentFund, closing?.GovernmentFund),
            (Fund.StateCapital, "国有资本经营预算", income.StateCapital, opening?.StateCapital, closing?.StateCapital),
        })
        {
            var spent = unit.Functional.Lines.Where(l => l.Fund == fund).Select(l => (Money?)l.Actual).ToList();
            if (spent.Count == 0 && received is null)
            {
                continue;
            }

            var sources = Quantity.SumOf($"{label}财政拨款年初结转和结余与本年收入之和", [received, open], income.Span);
            var uses = Quantity.SumOf($"{label}各项支出与年末结转和结余之和", [.. spent, close], unit.Functional.Span);
            if (SumCheck.Compare(Info, sources, uses) is { } finding)
            {
                yield return finding;
            }
        }
    }
}
