using System.Text.RegularExpressions;

namespace Fincomp.Audit.Rules;

/// <summary>
/// A completion rate needs a budget: a paragraph that says the budget was 0 (年初预算为0万元, 未安排预算) and then
/// "完成年初预算X%" states a rate that cannot exist.
/// </summary>
internal static partial class ZeroBudgetCompletionRule
{
    [GeneratedRegex(@"(?:年初预算(?:数)?(?:为)?0(?:\.0+)?万元|未安排(?:年初)?预算)")]
    private static partial Regex ZeroBudgetPattern();

    [GeneratedRegex(@"完成(?:年初)?预算(?:的)?\d+(?:\.\d+)?%")]
    private static partial Regex CompletionPattern();

    public static IEnumerable<AuditFinding> Check(DocumentView view)
    {
        foreach (var (block, text) in view.Paragraphs())
        {
            if (ZeroBudgetPattern().Match(text) is not { Success: true } zero)
            {
                continue;
            }

            foreach (Match completion in CompletionPattern().Matches(text[zero.Index..]))
            {
                yield return new AuditFinding(
                    AuditCodes.Completion,
                    $"“{zero.Value}”，却写“{completion.Value}”：预算为0时没有完成率。",
                    new AuditPlace(block, completion.Value));
            }
        }
    }
}
