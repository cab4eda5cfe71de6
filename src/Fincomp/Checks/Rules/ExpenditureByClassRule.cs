using Fincomp.Diagnostics;

namespace Fincomp.Checks.Rules;

/// <summary>FC1103: 本年支出合计 by type equals 本年支出合计 by 功能分类 (the two columns of the same table).</summary>
internal sealed class ExpenditureByClassRule : IRule
{
    public RuleInfo Info { get; } = new(
        "FC1103", Severity.Error, "各类型支出之和 = 各功能分类科目支出之和",
        "本年支出按支出类型（基本、项目……）与按功能分类科目（类、款、项）是同一笔钱的两种分法，两者之和应相等。仅在录入了功能分类科目时核对。"
            + "两者在四舍五入误差之内、但表3 支出决算表的合计行无法印在各类之上（例如只有一个类，而两者相差 0.01 万元）时，也报告本错误。",
        "基本支出 188.49 + 项目支出 648.95 = 837.44，而 functional.lines 的决算数之和为 836.44。",
        "补齐漏录的项级科目，或改正抄错的支出类型金额。只有一个类时，本年支出合计（及其基本支出、项目支出）与该类是表3中同一个数，相差 0.01 万元也要改正。");

    public IEnumerable<Diagnostic> Evaluate(RuleContext context)
    {
        var unit = context.Unit;
        if (unit.Functional.Lines.Count == 0)
        {
            yield break;
        }

        var byClass = Quantity.SumOf("各功能分类科目决算数之和", unit.Functional.Lines.Select(l => l.Actual), unit.Functional.Span);
        if (SumCheck.Compare(Info, StatementParts.Expenditure(unit.Statement), byClass) is { } finding)
        {
            yield return finding;
            if (finding.Severity == Severity.Error)
            {
                yield break;
            }
        }

        // Within rounding is not enough where table 3 cannot print the statement's figure over its 类 rows: with one 类 the
        // two are the same cell in the published table, so a cent between them is a figure copied wrong. The 类 as the
        // unit's lines and printed totals give them, before a total of record moves a cent into one.
        var classes = Derivation.FunctionalTree.For(context.Figures.Unit, context.Figures.Functional).Classes;
        var expenditure = unit.Statement.Expenditure;
        foreach (var (column, whole, parts) in new (string, decimal?, IEnumerable<decimal>)[]
        {
            ("本年支出合计", context.Figures.Totals.ExpenditureTotal, classes.Select(c => c.Amounts.Actual)),
            ("基本支出", expenditure.Basic?.Value, classes.Select(c => c.Amounts.Basic)),
            ("项目支出", expenditure.Project?.Value, classes.Select(c => c.Amounts.Project)),
        })
        {
            var printed = parts.ToList();
            if (whole is { } total && !Derivation.FigureOfRecord.Printable(total, printed))
            {
                yield return Info.At(unit.Statement.Expenditure.Span,
                    $"{column} {Amounts.Fixed(total)} 与各类科目的{column}之和 {Amounts.Fixed(printed.Sum())} 虽在四舍五入误差之内，"
                    + $"但{Derivation.StandardTableTitles.Named(3, Derivation.StandardTableTitles.Expenditure)}的合计行无法印在各类之上（合计小于其中一类，或与各类之和不能相加）：两处是同一个数，请改正抄错的一处。",
                    [unit.Functional.Span]);
            }
        }
    }
}
