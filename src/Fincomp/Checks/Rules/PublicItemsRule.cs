using Fincomp.Diagnostics;

namespace Fincomp.Checks.Rules;

/// <summary>FC1303: 公用经费 = Σ the 302 and 310 款 amounts.</summary>
internal sealed class PublicItemsRule : IRule
{
    public RuleInfo Info { get; } = new(
        "FC1303", Severity.Error, "公用经费 = 302 + 310 各款之和",
        "公用经费由商品和服务支出（302）和资本性支出（310）构成，应等于 basic_expenditure.items 中这些款的金额之和（未写金额时不核对）。",
        "public: 90.37，而 302、310 各款之和为 88.37。",
        "补录漏掉的款或改正金额。");

    public IEnumerable<Diagnostic> Evaluate(RuleContext context)
    {
        var section = context.Unit.BasicExpenditure;
        return EconomicGroups.Check(Info, section, section.Public, "公用经费", EconomicGroups.Public);
    }
}
