using Fincomp.Diagnostics;
using Fincomp.Model;

namespace Fincomp.Checks.Rules;

/// <summary>
/// FC1504: a "三公" group or batch (团组/人次, 批次/人次) has at least one person, and counts exist exactly when money was
/// spent. That every count is a whole number of at least 0 is the loader's to check (FC0106), so no count here is negative.
/// </summary>
internal sealed class ThreePublicCountsRule : IRule
{
    public RuleInfo Info { get; } = new(
        "FC1504", Severity.Error, "“三公”次数、人次与金额一致",
        "团组数、人次、批次、车辆数应为非负整数；人次不少于团组（批次）数；有团组（批次）时相应经费应大于 0，经费大于 0 时应有团组（批次）。",
        "receptions.domestic_batches: 3、domestic_people: 0；或 overseas 费用 5 万元而 groups: 0。",
        "按实际填写次数和人次，或改正经费。");

    public IEnumerable<Diagnostic> Evaluate(RuleContext context)
    {
        var threePublic = context.Unit.ThreePublic;
        var actual = threePublic.Actual;
        if (threePublic.Overseas is { } overseas)
        {
            foreach (var finding in Pair(overseas, overseas.Groups, overseas.People, nameof(OverseasTravel.Groups), nameof(OverseasTravel.People), "因公出国（境）", "团组", actual.Overseas))
            {
                yield return finding;
            }
        }

        if (threePublic.Receptions is { } receptions)
        {
            foreach (var finding in Pair(receptions, receptions.DomesticBatches, receptions.DomesticPeople, nameof(Receptions.DomesticBatches), nameof(Receptions.DomesticPeople), "国内公务接待", "批次", actual.DomesticReception))
            {
                yield return finding;
            }

            foreach (var finding in Pair(receptions, receptions.ForeignBatches, receptions.ForeignPeople, nameof(Receptions.ForeignBatches), nameof(Receptions.ForeignPeople), "外事接待", "批次", actual.ForeignReception))
            {
                yield return finding;
            }
        }
    }

    private IEnumerable<Diagnostic> Pair(ModelNode node, int groups, int people, string groupsKey, string peopleKey, string what, string unit, Money? money)
    {
        if (people < groups)
        {
            yield return Info.At(node.Locate(peopleKey), $"{what}人次 {people} 少于{unit}数 {groups}。", [node.Locate(groupsKey)]);
        }

        if (money is not { } given)
        {
            // An amount the unit did not write is not 0 (FC1002 names it): the count is not compared with it.
            yield break;
        }

        var amount = given.Value;
        if (groups > 0 && amount == 0m)
        {
            yield return Info.At(node.Locate(groupsKey), $"{what}有 {groups} 个{unit}，但相应经费决算为 0。", [given.Span]);
        }
        else if (groups == 0 && amount > 0m)
        {
            yield return Info.At(given.Span, $"{what}经费决算为 {Amounts.Format(amount)} 万元，但{unit}数为 0。", [node.Locate(groupsKey)]);
        }
    }
}
