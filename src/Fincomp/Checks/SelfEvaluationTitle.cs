using System.Globalization;
using System.Text.RegularExpressions;

namespace Fincomp.Checks;

/// <summary>
/// The title of a performance self-evaluation (a 自评报告 or 自评表, or a heading about 绩效自评) names the year
/// evaluated, which is the report year: a title copied from last year's attachment keeps last year's number where
/// nobody rereads it. Running text may name the year before ("较上年"), so only such titles are held to the report year.
/// A title that names no year ("项目支出绩效自评报告") is fine: it cannot name the wrong one, and many units' titles do not.
/// Serves both <c>check</c> (FC1913, on the unit file) and the audit of finished documents (FC2009), so the two never
/// disagree about which title is wrong.
/// </summary>
internal static partial class SelfEvaluationTitle
{
    /// <summary>
    /// A year as titles write it: in Arabic digits ("2023年", "2023年度") or in Chinese numerals with 〇 or 零
    /// ("二〇二三年", "二〇二三年度"), the form of many formal titles.
    /// </summary>
    [GeneratedRegex(@"(?<![0-9])(?<year>(?:19|20)[0-9]{2})\s*年度?|(?<![〇零一二三四五六七八九])(?<numerals>[一二][〇零一二三四五六七八九]{3})\s*年度?")]
    internal static partial Regex YearPattern();

    /// <summary>The digits of the Chinese numerals a year is written in, 〇 and 零 both 0.</summary>
    private const string Numerals = "〇一二三四五六七八九";

    /// <summary>True for the title of a self-evaluation report or form, or a heading about 绩效自评.</summary>
    public static bool Is(string title) =>
        title.Contains("自评报告", StringComparison.Ordinal) || title.Contains("自评表", StringComparison.Ordinal)
        || title.Contains("绩效自评", StringComparison.Ordinal);

    /// <summary>The years named in <paramref name="title"/> (when it is one, <see cref="Is"/>) other than <paramref name="reportYear"/>.</summary>
    public static IEnumerable<Match> WrongYears(string title, int reportYear) =>
        Is(title) ? YearPattern().Matches(title).Where(m => Year(m) != reportYear) : [];

    /// <summary>
    /// The year a match of <see cref="YearPattern"/> names (or of any pattern whose group <c>year</c> holds digits):
    /// "二〇二三" is 2023.
    /// </summary>
    public static int Year(Match match)
    {
        ArgumentNullException.ThrowIfNull(match);
        var numerals = match.Groups["numerals"];
        return numerals.Success
            ? numerals.Value.Aggregate(0, (year, digit) => (year * 10) + (digit == '零' ? 0 : Numerals.IndexOf(digit, StringComparison.Ordinal)))
            : int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture);
    }
}
