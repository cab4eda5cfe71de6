using System.Globalization;
using System.Text.RegularExpressions;
using Fincomp.Diagnostics;

namespace Fincomp.Checks.Rules;

/// <summary>
/// FC1903: a year in a text ("2021年") that is neither the report year nor the one before is usually left over from
/// last year's document. The year before is allowed in running text, the year after in the cover's publication date;
/// a self-evaluation title must name the report year itself (FC1913).
/// </summary>
internal sealed partial class TextYearRule : IRule
{
    public RuleInfo Info { get; } = new(
        "FC1903", Severity.Warning, "文字中的年份不是本年或上年",
        "文字中出现的“YYYY年”应是决算年度或其上一年（封面的编制日期 unit.published 还可以是下一年，决算在次年公开）；其他年份多是沿用旧文档未改。绩效自评报告、自评表的标题只能写决算年度（见 FC1913）。确需提及其他年份（如下一年度的安排）时，可在 checks 中记录理由后调整本规则。",
        "2023 年度的报告写 与2021年度相比。",
        "改正年份。");

    public IEnumerable<Diagnostic> Evaluate(RuleContext context)
    {
        var year = context.Unit.Unit.Year;
        // A self-evaluation title is held to the report year alone (FC1913), which reports it once.
        foreach (var field in context.Texts.Where(f => !SelfEvaluationYearRule.IsTitle(f)))
        {
            foreach (Match match in YearPattern().Matches(field.Text))
            {
                var written = int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
                if (written != year && written != year - 1 && !(written == year + 1 && IsPublicationDate(field)))
                {
                    yield return Info.At(field.At(match.Index), $"{field.Label}中“{field.Quote(match.Index, match.Length)}”写了 {written}年，而报告年度为 {year}年。");
                    break;
                }
            }
        }
    }

    /// <summary>
    /// The cover's 编制日期 (<c>unit.published</c>): a year's accounts are published in the year after it, so that year
    /// is as right there as the report year.
    /// </summary>
    private static bool IsPublicationDate(TextField field) =>
        field.Owner is Model.UnitIdentity identity && ReferenceEquals(field.Text, identity.Published);

    [GeneratedRegex("(?<![0-9])((?:19|20)[0-9]{2})年")]
    private static partial Regex YearPattern();
}
