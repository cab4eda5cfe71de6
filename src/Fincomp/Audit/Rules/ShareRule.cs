using System.Text.RegularExpressions;
using Fincomp.Checks;
using Fincomp.Model;

namespace Fincomp.Audit.Rules;

/// <summary>
/// "X万元，占Y%": Y recomputed from the printed X and the printed whole — named ("占本年支出合计的100%": the amount of
/// that name printed before), or the total heading the list X belongs to — within the rounding of all three figures.
/// A share whose part or whole already disagrees with its table (<see cref="QuantityRule"/>, FC2003) is not reported
/// again: the amount is the error, and an edited amount would otherwise read as a wrong share.
/// </summary>
internal static partial class ShareRule
{
    [GeneratedRegex(@"占(?:(?<base>[^，。；\d%]+?)的)?(?<p>\d+(?:\.\d+)?)%")]
    private static partial Regex SharePattern();

    public static IEnumerable<AuditFinding> Check(ParagraphAmounts amounts, IReadOnlySet<TextAmount> disputed)
    {
        foreach (var (block, text) in amounts.Texts)
        {
            foreach (Match match in SharePattern().Matches(text))
            {
                if (!PrintedNumber.TryParse(match.Groups["p"].Value, out var percent) || amounts.Before(block, match.Index) is not { } part)
                {
                    continue;
                }

                var baseName = match.Groups["base"].Success ? StatedFigures.Normalise(match.Groups["base"].Value) : null;
                var whole = baseName is not null ? amounts.Named(baseName, block, match.Index)
                    : part.Lead ?? (part.LeadName is { } lead ? amounts.Named(lead, block, 0) : null);
                if (whole is null || whole.Number.Interval.Low <= 0m || part.Number.Value < 0m || disputed.Contains(part) || disputed.Contains(whole))
                {
                    continue;
                }

                var low = part.Number.Interval.Low / whole.Number.Interval.High * 100m;
                var high = part.Number.Interval.High / whole.Number.Interval.Low * 100m;
                if (!percent.Rounded.Overlaps(new RoundingInterval(low, high)))
                {
                    var exact = part.Number.Value / whole.Number.Value * 100m;
                    yield return new AuditFinding(
                        AuditCodes.Share,
                        $"“{Quote(text, part.Start, match.Index + match.Length)}”：{part.Number}万元占{whole.Subject}{whole.Number}万元的比例应为{Amounts.Format(Math.Round(exact, 2, MidpointRounding.AwayFromZero))}%，印出的是{percent}%。",
                        new AuditPlace(block, match.Value))
                    {
                        Related = [new AuditPlace(whole.Block, $"{whole.Subject}{whole.Number}万元")],
                    };
                }
            }
        }
    }

    internal static string Quote(string text, int start, int end)
    {
        var from = Math.Max(0, TextStart(text, start));
        return text[from..Math.Min(text.Length, end)];
    }

    private static int TextStart(string text, int position) =>
        text.LastIndexOfAny(['，', '。', '；', '：'], Math.Max(0, position - 1)) + 1;
}
