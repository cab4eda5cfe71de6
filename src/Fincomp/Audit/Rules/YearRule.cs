using System.Globalization;
using System.Text.RegularExpressions;
using Fincomp.Document;

namespace Fincomp.Audit.Rules;

/// <summary>
/// The report's year (from its title, else its first heading naming a 年度) is the year every heading, table title and
/// "截至X年12月31日" names: a report copied from last year's keeps last year's number in a heading nobody rereads.
/// Headings may name the year before ("与2022年度相比" is text, not a heading), so only headings, titles and the
/// year-end date are held to it.
/// </summary>
internal static partial class YearRule
{
    [GeneratedRegex(@"(?<year>(?:19|20)\d{2})\s*年度")]
    private static partial Regex YearOfPattern();

    [GeneratedRegex(@"截至\s*(?<year>(?:19|20)\d{2})\s*年\s*12\s*月\s*31\s*日")]
    private static partial Regex YearEndPattern();

    public static IEnumerable<AuditFinding> Check(DocumentView view)
    {
        if (ReportYear(view) is not { } year)
        {
            yield break;
        }

        foreach (var (index, block) in view.Blocks.Index())
        {
            var (text, pattern, what) = block switch
            {
                Heading heading => (heading.Text, YearOfPattern(), "标题"),
                Table { Title: { } title } => (title, YearOfPattern(), "表题"),
                Paragraph paragraph => (paragraph.Text, YearEndPattern(), "时点"),
                _ => (string.Empty, YearOfPattern(), string.Empty),
            };
            foreach (Match match in pattern.Matches(text))
            {
                if (Year(match) != year)
                {
                    yield return new AuditFinding(AuditCodes.Year, $"{what}“{match.Value}”写的是{Year(match)}年，本报告是{year}年度决算。", new AuditPlace(index, match.Value));
                }
            }
        }
    }

    /// <summary>The year of the report: its title's, else the first heading's that names a 年度.</summary>
    internal static int? ReportYear(DocumentView view)
    {
        var headings = view.Blocks.OfType<Heading>().ToList();
        var source = headings.FirstOrDefault(h => h.Level == HeadingLevel.Title && YearOfPattern().IsMatch(h.Text))
            ?? headings.FirstOrDefault(h => YearOfPattern().IsMatch(h.Text));
        return source is null ? null : Year(YearOfPattern().Match(source.Text));
    }

    private static int Year(Match match) => int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture);
}
