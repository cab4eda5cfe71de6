using Fincomp.Diagnostics;

namespace Fincomp.Checks.Rules;

/// <summary>FC1101: the printed 本年收入合计 is the sum of the eight income sources.</summary>
internal sealed class IncomeTotalRule : IRule
{
    public RuleInfo Info { get; } = new(
        "FC1101", Severity.Error, "本年收入合计 = 各项收入之和",
        "收入支出决算总表印出的本年收入合计应等于一般公共预算财政拨款收入、政府性基金、国有资本经营、上级补助、事业、经营、附属单位上缴、其他收入八项之和。",
        "statement.declared.income_total: 837.45，而八项收入之和为 837.44。",
        "核对各项收入与合计数，改正抄错的一项；印出的合计与各项之和在四舍五入误差之内时报告采用印出数，也可删去让程序计算。");

    public IEnumerable<Diagnostic> Evaluate(RuleContext context)
    {
        var statement = context.Unit.Statement;
        if (statement.Declared?.IncomeTotal is not { } declared)
        {
            yield break;
        }

        var parts = StatementParts.Income(statement);
        if (SumCheck.Compare(Info, Quantity.Of("印出的本年收入合计", declared), parts) is { } finding)
        {
            yield return finding;
        }
    }
}
