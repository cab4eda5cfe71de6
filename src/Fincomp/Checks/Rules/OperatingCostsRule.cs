using Fincomp.Derivation;
using Fincomp.Diagnostics;
using Fincomp.Model;

namespace Fincomp.Checks.Rules;

/// <summary>
/// FC1601: 机关运行经费 is the 行政 and 参公 part of the 公用经费 (strictly its 日常公用经费), so it can never exceed the
/// 公用经费; only a pure 行政单位 has nothing else in its 公用经费, so only there the two should be equal. A 参公 unit
/// or a 部门 that consolidates 事业单位 legitimately has 公用经费 beyond its 机关运行经费. A warning: capital 公用经费
/// can make a pure 行政单位 differ too. The 公用经费 compared is the one the report prints (its figure of record): a
/// declared figure set aside for the sum of its 款 (FC1107) is not the one a reader weighs the 机关运行经费 against, and
/// where no 公用经费 is declared the report prints the sum of its 款, so that sum is compared (the rule is not silently off).
/// </summary>
internal sealed class OperatingCostsRule : IRule
{
    public RuleInfo Info { get; } = new(
        "FC1601", Severity.Warning, "机关运行经费 ≤ 公用经费（纯行政单位两者相等）",
        "机关运行经费是行政单位和参照公务员法管理的事业单位使用一般公共预算财政拨款安排的（日常）公用经费，不会超过一般公共预算财政拨款基本支出中的公用经费。"
        + "比较的是报告印出的公用经费：写明的公用经费未被采用（FC1107，如与其各款之和相差几分钱）时，与报告采用的数比较；没有写 basic_expenditure.public 时，与报告按 302、310 各款之和印出的公用经费比较（规则不因此停用）。"
        + "纯行政单位的公用经费就是机关运行经费，两者通常相等；参公单位，或含下属事业单位的部门（unit.includes_institutions: true），公用经费中还有事业单位的部分，机关运行经费小于公用经费是正常的，不提示。",
        "operating_costs.amount: 95，而 basic_expenditure.public: 90.37（超过）；或纯行政单位 operating_costs.amount: 80，而 basic_expenditure.public: 90.37（不等）。",
        "核对机关运行经费与公用经费；部门含下属事业单位时在 unit 中写 includes_institutions: true；纯行政单位公用经费中确含资本性支出时，可在 checks 中记录理由后关闭本规则。");

    public IEnumerable<Diagnostic> Evaluate(RuleContext context)
    {
        var unit = context.Unit;
        if (unit.Unit.Kind == UnitKind.Institution || unit.OperatingCosts.Amount is not { } amount || PrintedPublic(context) is not { } costs)
        {
            yield break;
        }

        var operating = Quantity.Of("机关运行经费", amount);
        if (!SumCheck.AtMost(operating, costs))
        {
            yield return Info.At(
                operating.Spans[0],
                $"机关运行经费 {Amounts.Format(operating.Value)} 超过公用经费 {Amounts.Format(costs.Value)}（超出四舍五入误差）：机关运行经费是公用经费的一部分。",
                costs.Spans);
        }
        else if (unit.Unit.Kind == UnitKind.Administrative && !unit.Unit.IncludesInstitutions
            && SumCheck.Compare(Info, operating, costs) is { } finding)
        {
            yield return finding;
        }
    }

    /// <summary>
    /// The 公用经费 the report prints (section 六, table 6), as a quantity: the declared figure at the value of record, or,
    /// where the unit declared none, the sum of its 302 and 310 款 the report prints in its place, with their rounding;
    /// null when the report prints no 公用经费 at all.
    /// </summary>
    private static Quantity? PrintedPublic(RuleContext context)
    {
        var section = context.Unit.BasicExpenditure;
        if (context.Figures.Basic.Public is not { } printed)
        {
            return null;
        }

        if (section.Public is { } declared)
        {
            return Quantity.Of("公用经费", declared with { Value = printed });
        }

        var items = section.Items.Where(i => i.Amount is not null && BasicFigures.IsIn(i.Code, BasicFigures.PublicClasses)).Select(i => i.Amount);
        return Quantity.SumOf("公用经费（各款之和）", items, section.Span) with { Value = printed };
    }
}
