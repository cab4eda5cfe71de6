using Fincomp.Derivation;
using Fincomp.Diagnostics;
using Fincomp.Model;

namespace Fincomp.Checks.Rules;

/// <summary>
/// FC1206: the income lines of table 2 (<c>functional.income</c>) add up, column by column, to the income the statement
/// gives (本年收入合计, 财政拨款收入 and each other source), and each line's 本年收入合计 is the sum of its sources. A column
/// that does not add up is left blank in table 2, so the table never prints rows that disagree with its 合计.
/// </summary>
internal sealed class IncomeLinesRule : IRule
{
    public RuleInfo Info { get; } = new(
        "FC1206", Severity.Error, "收入决算表各科目收入之和 = 总表的收入",
        "functional.income 各项级科目的本年收入合计、财政拨款收入及其他各项收入，分别相加应等于收入支出决算总表的本年收入合计、财政拨款收入（三项财政拨款之和）和同名收入；每一行的本年收入合计应等于该行各项收入之和。不符的列在收入决算表中留空。",
        "statement.income.general_budget: 300，而 functional.income 各行的 fiscal 之和为 310。",
        "按决算软件的收入决算表核对各行金额（fincomp import 可以直接写出）；改正抄错的一行。");

    public IEnumerable<Diagnostic> Evaluate(RuleContext context)
    {
        var income = context.Figures.IncomeRows;
        if (!income.Given)
        {
            yield break;
        }

        var functional = context.Unit.Functional;
        var fallback = functional.Locate(nameof(FunctionalClassification.Income));
        var statementSpan = context.Unit.Statement.Locate(nameof(Statement.Income));
        for (var column = 0; column < IncomeByFunction.ColumnNames.Count; column++)
        {
            var name = IncomeByFunction.ColumnNames[column];
            var written = income.Lines.Select(l => IncomeByFunction.Columns(l)[column]).OfType<Money>().ToList();
            if (written.Count == 0)
            {
                continue;
            }

            var sum = Quantity.SumOf($"functional.income 各行的{name}之和", written, fallback);
            var lines = sum with { Spans = [fallback, .. sum.Spans] };
            var total = income.ColumnTotals[column];
            var statement = new Quantity($"总表的{name}", total.Value, total.Interval, [statementSpan]);
            if (SumCheck.Compare(Info, lines, statement) is { } finding)
            {
                yield return finding;
            }
        }

        foreach (var line in income.Lines)
        {
            var parts = IncomeByFunction.Columns(line).Skip(1).ToList();
            if (parts.All(p => p is null))
            {
                continue;
            }

            var stated = Quantity.Of($"科目 {line.Code} 的本年收入合计", line.Total);
            if (SumCheck.Compare(Info, stated, Quantity.SumOf("各项收入之和", parts, line.Span)) is { } finding)
            {
                yield return finding;
            }
        }
    }
}
