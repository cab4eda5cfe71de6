using System.Text;
using System.Text.RegularExpressions;

namespace Fincomp.Audit;

/// <summary>
/// Reads the figures a paragraph states: every "X万元" with its subject, and the list structure around it (a lead
/// total followed by "其中"/"主要用于"/"主要包括", or a paragraph opening "…中，"). Subjects are normalised so the same
/// quantity reads the same wherever it is printed: the year, list numbering, "其中：" and a closing "为/均为/各" go.
/// </summary>
internal static partial class StatedFigures
{
    private static readonly string[] ListIntroductions = ["其中", "主要用于", "主要包括"];

    [GeneratedRegex(@"(?<n>\d[\d,]*(?:\.\d+)?)万元")]
    private static partial Regex AmountPattern();

    [GeneratedRegex(@"^(?:其中：|其中|\d+\.|（\d+）|\d{4}年度?，?|截至\d{4}年\d{1,2}月\d{1,2}日，?)+")]
    private static partial Regex SubjectPrefix();

    [GeneratedRegex(@"（(\d{2,3})）")]
    private static partial Regex CodePart();

    [GeneratedRegex(@"^(?<name>.+)支出(?:年初|全年)?预算数?$")]
    private static partial Regex BudgetSubject();

    [GeneratedRegex(@"^(?:\d{4}年度?)?(?<name>[^，。；]+?)中，")]
    private static partial Regex LeadNamePattern();

    /// <summary>The amounts of one paragraph, in reading order.</summary>
    public static IReadOnlyList<TextAmount> Amounts(int block, string text)
    {
        var amounts = new List<TextAmount>();
        TextAmount? lead = null;
        var leadName = LeadNamePattern().Match(text) is { Success: true } m ? Normalise(m.Groups["name"].Value) : null;
        foreach (Match match in AmountPattern().Matches(text))
        {
            if (!PrintedNumber.TryParse(match.Groups["n"].Value, out var number))
            {
                continue;
            }

            var start = match.Index;
            var subjectText = SubjectBefore(text, start);
            var isChange = subjectText.EndsWith("增加", StringComparison.Ordinal) || subjectText.EndsWith("减少", StringComparison.Ordinal);
            var amount = new TextAmount(block, start, match.Index + match.Length, Named(Normalise(subjectText), amounts, text, start), number)
            {
                Code = CodeOf(subjectText),
                IsChange = isChange,
                Lead = lead,
                LeadName = lead is null ? leadName : null,
            };
            amounts.Add(amount);
            if (!isChange && lead is null && IntroducesList(text, amount.End))
            {
                lead = amount;
            }
        }

        return amounts;
    }

    /// <summary>
    /// "“三公”经费财政拨款支出年初预算为55.5万元，支出决算为52.25万元": the bare "支出决算" clause measures the quantity
    /// the budget clause before it in the same sentence names, so it reads as "“三公”经费财政拨款支出决算".
    /// </summary>
    private static string Named(string subject, List<TextAmount> before, string text, int position)
    {
        if (subject != "支出决算" || before.LastOrDefault(a => !a.IsChange) is not { } budget
            || BudgetSubject().Match(budget.Subject) is not { Success: true } named
            || text.AsSpan(budget.End, position - budget.End).IndexOfAny('。', '；') >= 0)
        {
            return subject;
        }

        return named.Groups["name"].Value + "支出决算";
    }

    /// <summary>The clause before <paramref name="position"/>: back to the last "，", "。" or "；".</summary>
    public static string SubjectBefore(string text, int position)
    {
        var start = text.LastIndexOfAny(['，', '。', '；', ',', ';'], Math.Max(0, position - 1)) + 1;
        return start >= position ? string.Empty : text[start..position];
    }

    /// <summary>A subject as a quantity's name: "2023年度收入合计" → "收入合计", "收、支总计均为" → "收、支总计".</summary>
    public static string Normalise(string subject)
    {
        var name = SubjectPrefix().Replace(subject.Trim(), string.Empty);
        foreach (var ending in new[] { "均为", "为", "各", "均", "是", "共计" })
        {
            if (name.EndsWith(ending, StringComparison.Ordinal) && name.Length > ending.Length)
            {
                name = name[..^ending.Length];
                break;
            }
        }

        return name.Trim();
    }

    private static bool IntroducesList(string text, int end)
    {
        var rest = text.AsSpan(end).TrimStart("，。：:,");
        foreach (var introduction in ListIntroductions)
        {
            if (rest.StartsWith(introduction, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static string? CodeOf(string subject)
    {
        var parts = CodePart().Matches(subject);
        if (parts.Count != 3 || parts[0].Groups[1].Length != 3 || parts[1].Groups[1].Length != 2 || parts[2].Groups[1].Length != 2)
        {
            return null;
        }

        var code = new StringBuilder();
        foreach (Match part in parts)
        {
            code.Append(part.Groups[1].Value);
        }

        return code.ToString();
    }
}
