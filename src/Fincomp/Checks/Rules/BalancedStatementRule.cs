using Fincomp.Diagnostics;

namespace Fincomp.Checks.Rules;

/// <summary>FC1106: the two sides of 收入支出决算总表 balance: 收入总计 = 支出总计.</summary>
internal sealed class BalancedStatementRule : IRule
{
    public RuleInfo Info { get; } = new(
        "FC1106", Severity.Error, "收入总计 = 支出总计",
        "收入支出决算总表两侧必须平衡：收入总计（本年收入 + 使用非财政拨款结余 + 年初结转和结余）等于支出总计（本年支出 + 结余分配 + 年末结转和结余）。",
        "收入 837.44 + 年初结转 10 = 847.44，支出 837.44 + 年末结转 0 = 837.44。",
        "检查年初、年末结转和结余及收支各项，找出少录或多录的一笔。");

    public IEnumerable<Diagnostic> Evaluate(RuleContext context)
    {
        var statement = context.Unit.Statement;
        var income = statement.Declared?.IncomeGrandTotal is { } declaredIncome
            ? Quantity.Of("收入总计", declaredIncome)
            : StatementParts.IncomeGrandTotal(statement) with { Label = "收入总计" };
        var expenditure = statement.Declared?.ExpenditureGrandTotal is { } declaredExpenditure
            ? Quantity.Of("支出总计", declaredExpenditure)
            : StatementParts.ExpenditureGrandTotal(statement) with { Label = "支出总计" };
        if (SumCheck.Compare(Info, income, expenditure) is { } finding)
        {
            yield return finding;
        }
    }
}
