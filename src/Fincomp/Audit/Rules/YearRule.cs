using System.Text.RegularExpressions;
using Fincomp.Checks;
using Fincomp.Document;

namespace Fincomp.Audit.Rules;

/// <summary>
/// The report's year (the one most of them name) is the year every heading, table title and "截至X年12月31日"
/// names: a report copied from last year's keeps last year's number in a heading nobody rereads.
/// Headings may name the year before ("与2022年度相比" is text, not a heading), so only headings, titles and the
/// year-end date are held to it; a self-evaluation report's title is held to it whether it writes "X年度" or "X年".
/// In a finished document a comparison in the text ("与2022年度相比", "比2022年度增加", "较2022年") is held to the
/// year before the report's: the report compares with last year, and a comparison year left over from an older report
/// is the same slip.
/// </summary>
internal static partial class YearRule
{
    [GeneratedRegex(@"(?<year>(?:19|20)\d{2})\s*年度")]
    private static partial Regex YearOfPattern();

    [GeneratedRegex(@"截至\s*(?<year>(?:19|20)\d{2})\s*年\s*12\s*月\s*31\s*日")]
    private static partial Regex YearEndPattern();

    /// <summary>
    /// A year compared with: "与X年度相比", "比X年度", "较X年" (not "比X年初预算", a budget of the year itself).
    /// </summary>
    [GeneratedRegex(@"(?:与|比|较)\s*(?<year>(?:19|20)\d{2})\s*年(?:度(?!预)|(?![初预度]))")]
    private static partial Regex ComparedYearPattern();

    public static IEnumerable<AuditFinding> Check(DocumentView view)
    {
        var mentions = Mentions(view);
        if (ReportYear(view, mentions) is not { } year)
        {
            yield break;
        }

        foreach (var (index, match, what) in mentions.Where(m => Year(m.Match) != year))
        {
            yield return new AuditFinding(AuditCodes.Year, $"{what}“{match.Value}”写的是{Year(match)}年，本报告是{year}年度决算。", new AuditPlace(index, match.Value));
        }
    }

    /// <summary>
    /// The comparison years of the text, each held to the year before the report's. Only a finished document is held to
    /// them: in a build they print the clerk's own wording (a reason may compare with an older year on purpose), which
    /// the unit check warns of (FC1903).
    /// </summary>
    public static IEnumerable<AuditFinding> CheckComparisons(DocumentView view)
    {
        if (ReportYear(view) is not { } year)
        {
            yield break;
        }

        foreach (var (index, text) in view.Paragraphs().Where(p => view.Blocks[p.Index] is Paragraph))
        {
            foreach (var match in ComparedYearPattern().Matches(text).Where(m => Year(m) != year - 1))
            {
                yield return new AuditFinding(
                    AuditCodes.Year,
                    $"“{match.Value}”：文中与{Year(match)}年比较，本报告是{year}年度决算，应与上年（{year - 1}年）比较。",
                    new AuditPlace(index, match.Value));
            }
        }
    }

    /// <summary>The year of the report (see <see cref="ReportYear(DocumentView, IReadOnlyList{Mention})"/>).</summary>
    internal static int? ReportYear(DocumentView view) => ReportYear(view, Mentions(view));

    /// <summary>
    /// The year most headings, table titles and year-end dates name, so one wrong year (often the cover's, copied
    /// from last year's report) is the one blamed, not every right one. A tie goes to the title's year, else to the
    /// first mention's.
    /// </summary>
    private static int? ReportYear(DocumentView view, IReadOnlyList<Mention> mentions)
    {
        if (mentions.Count == 0)
        {
            return null;
        }

        var title = view.Blocks.OfType<Heading>().FirstOrDefault(h => h.Level == HeadingLevel.Title && YearOfPattern().IsMatch(h.Text));
        int? titleYear = title is null ? null : Year(YearOfPattern().Match(title.Text));
        return mentions
            .Select((m, order) => (Year: Year(m.Match), Order: order))
            .GroupBy(m => m.Year)
            .OrderByDescending(g => g.Count())
            .ThenByDescending(g => g.Key == titleYear)
            .ThenBy(g => g.Min(m => m.Order))
            .First().Key;
    }

    /// <summary>Every year the report is held to: in headings and table titles "X年度", in text "截至X年12月31日".</summary>
    private static List<Mention> Mentions(DocumentView view)
    {
        var mentions = new List<Mention>();
        foreach (var (index, block) in view.Blocks.Index())
        {
            var (text, pattern, what) = block switch
            {
                Heading heading => (heading.Text, TitlePattern(heading.Text), "标题"),
                Table { Title: { } title } => (title, TitlePattern(title), "表题"),
                Paragraph paragraph => (paragraph.Text, YearEndPattern(), "时点"),
                _ => (string.Empty, YearOfPattern(), string.Empty),
            };
            mentions.AddRange(pattern.Matches(text).Select(match => new Mention(index, match, what)));
        }

        return mentions;
    }

    /// <summary>
    /// A self-evaluation title names its year as "X年" as often as "X年度" ("2023年整体支出绩效自评报告"): any year it
    /// names is held to the report's, as <c>check</c> holds the unit file's titles (<see cref="SelfEvaluationTitle"/>).
    /// </summary>
    private static Regex TitlePattern(string title) => SelfEvaluationTitle.Is(title) ? SelfEvaluationTitle.YearPattern() : YearOfPattern();

    /// <summary>The year a mention names, in digits or (in a self-evaluation title) in Chinese numerals.</summary>
    private static int Year(Match match) => SelfEvaluationTitle.Year(match);

    /// <summary>One year named at <paramref name="Index"/>, and what kind of place names it (标题, 表题, 时点).</summary>
    private sealed record Mention(int Index, Match Match, string What);
}
