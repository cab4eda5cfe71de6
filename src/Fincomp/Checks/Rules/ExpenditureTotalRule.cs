using Fincomp.Diagnostics;

namespace Fincomp.Checks.Rules;

/// <summary>FC1102: the printed 本年支出合计 is the sum of the expenditure types.</summary>
internal sealed class ExpenditureTotalRule : IRule
{
    public RuleInfo Info { get; } = new(
        "FC1102", Severity.Error, "本年支出合计 = 各类型支出之和",
        "印出的本年支出合计应等于基本支出、项目支出、上缴上级支出、经营支出、对附属单位补助支出之和。",
        "statement.declared.expenditure_total: 837.44，而基本支出 188.49 + 项目支出 648.59 = 837.08。",
        "核对各类型支出与合计数，改正抄错的一项。");

    public IEnumerable<Diagnostic> Evaluate(RuleContext context)
    {
        var statement = context.Unit.Statement;
        if (statement.Declared?.ExpenditureTotal is not { } declared)
        {
            yield break;
        }

        if (SumCheck.Compare(Info, Quantity.Of("印出的本年支出合计", declared), StatementParts.Expenditure(statement)) is { } finding)
        {
            yield return finding;
        }
    }
}
