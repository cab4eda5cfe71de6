using System.Text.RegularExpressions;

namespace Fincomp.Audit.Rules;

/// <summary>"下设5个部门，分别为：A、B、C、D、E。": the stated number equals the number of items listed.</summary>
internal static partial class CountRule
{
    [GeneratedRegex(@"下设(?<n>\d+)个[^，。；：]*[，：]?\s*分别为[：:]?(?<list>[^。；]+)")]
    private static partial Regex ListPattern();

    public static IEnumerable<AuditFinding> Check(DocumentView view)
    {
        foreach (var (block, text) in view.Paragraphs())
        {
            foreach (Match match in ListPattern().Matches(text))
            {
                var stated = int.Parse(match.Groups["n"].Value, System.Globalization.CultureInfo.InvariantCulture);
                var listed = match.Groups["list"].Value.Split(['、', '，', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Length;
                if (stated != listed)
                {
                    yield return new AuditFinding(AuditCodes.Count, $"“{match.Value}”：说有{stated}个，却列出了{listed}个。", new AuditPlace(block, match.Value));
                }
            }
        }
    }
}
