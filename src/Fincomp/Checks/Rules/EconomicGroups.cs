using Fincomp.Derivation;
using Fincomp.Diagnostics;
using Fincomp.Model;

namespace Fincomp.Checks.Rules;

/// <summary>
/// The 经济分类 grouping of table 6 (人员经费 = 301 + 303, 公用经费 = 302 + 310) and the one sum check FC1302 and FC1303
/// share.
/// </summary>
internal static class EconomicGroups
{
    public static readonly string[] Personnel = [.. BasicFigures.PersonnelClasses];

    public static readonly string[] Public = [.. BasicFigures.PublicClasses];

    public static bool IsIn(string code, string[] group) => group.Any(g => code.StartsWith(g, StringComparison.Ordinal));

    /// <summary>Compares a stated 经费 with the written amounts of its 款; silent when no amount is written.</summary>
    public static IEnumerable<Diagnostic> Check(RuleInfo rule, BasicExpenditure section, Money? stated, string label, string[] group)
    {
        var items = section.Items.Where(i => i.Amount is not null && IsIn(i.Code, group)).ToList();
        if (items.Count == 0)
        {
            yield break;
        }

        var parts = Quantity.SumOf($"{string.Join("、", group)} 各款之和", items.Select(i => i.Amount), section.Span);
        var statedQuantity = stated is { } money ? Quantity.Of(label, money) : Quantity.Exact($"{label}（未填，按 0）", 0m, section.Span);
        if (SumCheck.Compare(rule, statedQuantity, parts) is { } finding)
        {
            yield return finding;
        }
    }
}
