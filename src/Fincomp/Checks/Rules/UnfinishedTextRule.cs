using System.Text.RegularExpressions;
using Fincomp.Diagnostics;
using Fincomp.Model.Performance;

namespace Fincomp.Checks.Rules;

/// <summary>
/// FC1908: a sentence the clerk started and did not finish ("主要原因是。") and template wording whose alternative was
/// never chosen ("增加（减少）", "增长/下降"). Both reach the published document word for word. A section's last
/// paragraph that ends "原因如下：" or "主要用于：" before the section's numbered items (or its spending list) is
/// finished: the items are what follows.
/// </summary>
internal sealed partial class UnfinishedTextRule : IRule
{
    public RuleInfo Info { get; } = new(
        "FC1908", Severity.Warning, "句子没有写完或模板选项没有选定",
        "“原因是”“原因为”“原因在于”“原因如下”“原因：”“主要用于”之后直接是句号、分号或文字结尾，说明原因或用途没有写（绩效报告小节的最后一段以此结尾、其后是本节的编号列表 items 或开支范围时除外）；“增加（减少）”“增长（下降）”“增加/减少”等是模板中供选择的写法，应按实际只留一个。",
        "change_reason: 主要原因是。 或 reason: 较上年增加（减少）5万元。",
        "补写原因或用途；按实际数字保留“增加”或“减少”之一。");

    public IEnumerable<Diagnostic> Evaluate(RuleContext context)
    {
        foreach (var field in context.Texts)
        {
            foreach (var finding in field.Capped(Info, Findings(field)))
            {
                yield return finding;
            }
        }
    }

    private IEnumerable<Func<Diagnostic>> Findings(TextField field)
    {
        foreach (Match match in Dangling().Matches(field.Text))
        {
            if (match.Index + match.Length == field.Text.Length && IntroducesItems(field))
            {
                continue;
            }

            yield return () => Info.At(field.At(match.Index), $"{field.Label}中“{field.Quote(match.Index, match.Length)}”：“{match.Groups[1].Value}”之后没有内容。");
        }

        foreach (Match match in Alternatives().Matches(field.Text))
        {
            yield return () => Info.At(field.At(match.Index), $"{field.Label}中“{field.Quote(match.Index, match.Length)}”：模板中的“{match.Value}”没有按实际选定一个。");
        }
    }

    /// <summary>The field is the last paragraph of a report section whose items (or spending list) follow it.</summary>
    private static bool IntroducesItems(TextField field) =>
        field.Owner is ReportSection { Paragraphs: [.., var last] } section
        && string.Equals(last, field.Text, StringComparison.Ordinal)
        && (section.Items.Any(i => !string.IsNullOrWhiteSpace(i)) || section.ListSpending);

    [GeneratedRegex("((?:原因(?:是|为|在于|如下|主要是)|原因|主要用于)[：:]?)(?<=[是为于下用于：:])\\s*(?=[。；;]|$)")]
    private static partial Regex Dangling();

    [GeneratedRegex("(?:增加|增长|上升|提高)\\s*(?:[（(]\\s*(?:减少|下降|降低)\\s*[）)]|[/／]\\s*(?:减少|下降|降低))|(?:减少|下降|降低)\\s*(?:[（(]\\s*(?:增加|增长|上升|提高)\\s*[）)]|[/／]\\s*(?:增加|增长|上升|提高))")]
    private static partial Regex Alternatives();
}
