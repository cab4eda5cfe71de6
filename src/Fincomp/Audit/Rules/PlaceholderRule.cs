using System.Text.RegularExpressions;

namespace Fincomp.Audit.Rules;

/// <summary>
/// What only a finished text gets wrong: a placeholder nobody filled in (XX, ×××, 待填写, 待补充) and doubled
/// punctuation (。。, ，，, ；；), in paragraphs and in table cells. One printed inside a text the clerk wrote is the
/// unit's, which its check warns of at the key (FC1901, FC1906), so the self-audit leaves it out.
/// </summary>
internal static partial class PlaceholderRule
{
    [GeneratedRegex(@"(?<![A-Za-z])(?:XX+|xx+|××+|待填写|待补充|此处填写)(?![A-Za-z])|。。|，，|；；|、、")]
    private static partial Regex Pattern();

    public static IEnumerable<AuditFinding> Check(DocumentView view, UnitWording wording)
    {
        foreach (var (block, text) in view.Paragraphs())
        {
            foreach (Match match in Pattern().Matches(text).Where(m => !wording.Wrote(text, m.Index, m.Length)))
            {
                yield return new AuditFinding(AuditCodes.Placeholder, Message(text, match), new AuditPlace(block, Around(text, match)));
            }
        }

        foreach (var (index, grid) in view.Tables())
        {
            for (var r = 0; r < grid.Rows; r++)
            {
                for (var c = 0; c < grid.Columns; c++)
                {
                    var text = grid.OwnText(r, c);
                    if (Pattern().Matches(text).FirstOrDefault(m => !wording.Wrote(text, m.Index, m.Length)) is { } match)
                    {
                        yield return new AuditFinding(AuditCodes.Placeholder, Message(text, match), grid.Place(index, r, c));
                    }
                }
            }
        }
    }

    private static string Message(string text, Match match) =>
        match.Value[0] is '。' or '，' or '；' or '、'
            ? $"“{Around(text, match)}”中标点“{match.Value}”重复。"
            : $"“{Around(text, match)}”中留有占位符“{match.Value}”，应填写实际内容。";

    private static string Around(string text, Match match)
    {
        var start = Math.Max(0, match.Index - 12);
        var end = Math.Min(text.Length, match.Index + match.Length + 12);
        return text[start..end];
    }
}
