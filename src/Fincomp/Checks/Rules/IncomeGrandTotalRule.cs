using Fincomp.Diagnostics;

namespace Fincomp.Checks.Rules;

/// <summary>FC1104: 收入总计 = 本年收入合计 + 使用非财政拨款结余 + 年初结转和结余.</summary>
internal sealed class IncomeGrandTotalRule : IRule
{
    public RuleInfo Info { get; } = new(
        "FC1104", Severity.Error, "收入总计 = 本年收入合计 + 使用非财政拨款结余 + 年初结转和结余",
        "印出的收入总计应等于本年收入合计、使用非财政拨款结余（含专用结余）与年初结转和结余之和。",
        "statement.declared.income_grand_total: 900，而 837.44 + 0 + 0 = 837.44。",
        "改正收入总计，或补录年初结转和结余。");

    public IEnumerable<Diagnostic> Evaluate(RuleContext context)
    {
        var statement = context.Unit.Statement;
        if (statement.Declared?.IncomeGrandTotal is { } declared
            && SumCheck.Compare(Info, Quantity.Of("印出的收入总计", declared), StatementParts.IncomeGrandTotal(statement)) is { } finding)
        {
            yield return finding;
        }
    }
}
