using Fincomp.Diagnostics;

namespace Fincomp.Checks.Rules;

/// <summary>FC1302: 人员经费 = Σ the 301 and 303 款 amounts.</summary>
internal sealed class PersonnelItemsRule : IRule
{
    public RuleInfo Info { get; } = new(
        "FC1302", Severity.Error, "人员经费 = 301 + 303 各款之和",
        "人员经费由工资福利支出（301）和对个人和家庭的补助（303）构成，应等于 basic_expenditure.items 中这些款的金额之和（未写金额时不核对）。",
        "personnel: 98.12，而 30103 50 + 30199 40 + 30399 5 = 95。",
        "补录漏掉的款或改正金额。");

    public IEnumerable<Diagnostic> Evaluate(RuleContext context)
    {
        var section = context.Unit.BasicExpenditure;
        return EconomicGroups.Check(Info, section, section.Personnel, "人员经费", EconomicGroups.Personnel);
    }
}
