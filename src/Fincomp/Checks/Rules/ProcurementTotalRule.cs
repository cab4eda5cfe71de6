using Fincomp.Diagnostics;

namespace Fincomp.Checks.Rules;

/// <summary>FC1603: 政府采购 货物 + 工程 + 服务 = 总额.</summary>
public sealed class ProcurementTotalRule : IRule
{
    public RuleInfo Info { get; } = new(
        "FC1603", Severity.Error, "政府采购：货物 + 工程 + 服务 = 总额",
        "印出的政府采购支出总额应等于政府采购货物、工程、服务支出之和。",
        "procurement.total: 120，而 goods 50 + works 0 + services 60 = 110。",
        "改正总额或抄错的分项。");

    public IEnumerable<Diagnostic> Evaluate(RuleContext context)
    {
        var procurement = context.Unit.Procurement;
        if (procurement.Total is { } total
            && SumCheck.Compare(Info, Quantity.Of("印出的政府采购总额", total), Quantity.SumOf("货物、工程、服务之和", [procurement.Goods, procurement.Works, procurement.Services], procurement.Span)) is { } finding)
        {
            yield return finding;
        }
    }
}
