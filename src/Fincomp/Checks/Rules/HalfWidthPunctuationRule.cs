using Fincomp.Diagnostics;

namespace Fincomp.Checks.Rules;

/// <summary>
/// FC1907: a half-width mark (, . ; : ? ! ( )) with Chinese on both sides, where the published text needs the
/// full-width one (the seed's "自评,《…》见附件(第四部分)。"). A mark next to a digit or a Latin letter is left alone:
/// 1.预算编制, 2.5万元 and file names are written that way on purpose. The start or end of the text counts as Chinese.
/// Straight quotes ("三公", '三公') between Chinese want “ ” or ‘ ’: the first of a kind in the text opens, the next
/// closes.
/// </summary>
internal sealed class HalfWidthPunctuationRule : IRule
{
    private const string Marks = ",.;:?!()";

    private const string FullWidth = "，。；：？！（）";

    private const string Quotes = "\"'";

    private const string Opening = "“‘";

    private const string Closing = "”’";

    public RuleInfo Info { get; } = new(
        "FC1907", Severity.Warning, "中文之间用了半角标点",
        "两侧都是汉字或中文标点的逗号、句号、分号、冒号、问号、叹号、括号应使用全角形式（，。；：？！（）），直引号 \"…\" '…' 应使用中文引号 “…” ‘…’。与数字或英文字母相邻的半角标点（如 1.预算编制、2.5万元）不在此列。",
        "self_evaluation: 开展绩效自评,《整体支出绩效自评报告》见附件(第四部分)。",
        "把半角标点改为对应的全角标点。");

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
        var text = field.Text;
        var quotesSeen = new int[Quotes.Length];
        for (var i = 0; i < text.Length; i++)
        {
            var at = i;
            var mark = Marks.IndexOf(text[i], StringComparison.Ordinal);
            if (mark >= 0 && InChinese(text, i))
            {
                yield return () => Info.At(field.At(at), $"{field.Label}中“{field.Quote(at, 1)}”：半角“{text[at]}”应为全角“{FullWidth[mark]}”。");
            }

            var quote = Quotes.IndexOf(text[i], StringComparison.Ordinal);
            if (quote >= 0)
            {
                var full = quotesSeen[quote]++ % 2 == 0 ? Opening[quote] : Closing[quote];
                if (InChinese(text, i))
                {
                    yield return () => Info.At(field.At(at), $"{field.Label}中“{field.Quote(at, 1)}”：直引号“{text[at]}”应为中文引号“{full}”。");
                }
            }
        }
    }

    /// <summary>Chinese on both sides, the start or end of the text counting as either (a text ending "完善." is caught).</summary>
    private static bool InChinese(string text, int i)
    {
        var before = i == 0 ? (bool?)null : ChineseText.IsChinese(text[i - 1]);
        var after = i == text.Length - 1 ? (bool?)null : ChineseText.IsChinese(text[i + 1]);
        return (before ?? after ?? false) && (after ?? before ?? false);
    }
}
