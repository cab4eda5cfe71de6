using Fincomp.Diagnostics;

namespace Fincomp.Checks.Rules;

/// <summary>FC1105: 支出总计 = 本年支出合计 + 结余分配 + 年末结转和结余.</summary>
internal sealed class ExpenditureGrandTotalRule : IRule
{
    public RuleInfo Info { get; } = new(
        "FC1105", Severity.Error, "支出总计 = 本年支出合计 + 结余分配 + 年末结转和结余",
        "印出的支出总计应等于本年支出合计、结余分配与年末结转和结余之和。",
        "statement.declared.expenditure_grand_total: 850，而 837.44 + 0 + 0 = 837.44。",
        "改正支出总计，或补录年末结转和结余。");

    public IEnumerable<Diagnostic> Evaluate(RuleContext context)
    {
        var statement = context.Unit.Statement;
        if (statement.Declared?.ExpenditureGrandTotal is { } declared
            && SumCheck.Compare(Info, Quantity.Of("印出的支出总计", declared), StatementParts.ExpenditureGrandTotal(statement)) is { } finding)
        {
            yield return finding;
        }
    }
}
