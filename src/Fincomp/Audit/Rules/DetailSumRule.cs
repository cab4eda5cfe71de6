using System.Text.RegularExpressions;

namespace Fincomp.Audit.Rules;

/// <summary>
/// Items the text lists under a stated total add up to it within rounding: "其它费用3.98万元，包括A 1万元；B 2.78万元；
/// C 2万元。" in one sentence, and "实际支出42.58万元。具体开支范围包括：" followed by numbered paragraphs
/// "（1）征订报刊杂志3.51万元…" whose first amounts are the items. A list that says it is partial ("等") or has an
/// item without an amount is not summed. "其中：" introduces a complete list only when its items follow one another
/// separated by "、" to the end of the sentence ("政府采购支出总额129万元，其中：货物21万元、工程0万元、服务108万元。");
/// "其中" before clauses ("其中：基本支出…，占…；") may name only some parts, and is not summed.
/// </summary>
internal static partial class DetailSumRule
{
    [GeneratedRegex(@"^[，,]?(?:具体)?包括[：:]?")]
    private static partial Regex InlineIntroduction();

    [GeneratedRegex(@"^[，,]其中[：:]")]
    private static partial Regex EnumerationIntroduction();

    /// <summary>What may stand between two items of an enumeration: "、" and the next item's name, no clause break.</summary>
    [GeneratedRegex(@"^、[^，,；;。：:]*$")]
    private static partial Regex EnumerationSeparator();

    [GeneratedRegex(@"(?:包括|如下)[：:]\s*$")]
    private static partial Regex ParagraphIntroduction();

    [GeneratedRegex(@"^(?:（\d+）|\d+[.、．])")]
    private static partial Regex NumberedItem();

    /// <summary>The findings; the total of every list that does not add up is added to <paramref name="disputed"/>.</summary>
    public static IEnumerable<AuditFinding> Check(ParagraphAmounts amounts, ISet<TextAmount> disputed)
    {
        var blocks = amounts.Texts.Keys.Order().ToList();
        for (var b = 0; b < blocks.Count; b++)
        {
            var block = blocks[b];
            var text = amounts.Texts[block];
            var stated = amounts.ByBlock[block].Where(a => !a.IsChange).ToList();
            foreach (var (total, finding) in Inline(amounts, text, stated).Concat(Enumerated(amounts, text, stated)))
            {
                disputed.Add(total);
                yield return finding;
            }

            if (ParagraphIntroduction().IsMatch(text) && ItemisedTotal(stated) is { } whole && Numbered(amounts, blocks, b + 1) is { Count: >= 2 } items)
            {
                if (Mismatch(amounts, whole, items, $"其后逐条列出的{items.Count}项") is { } finding)
                {
                    disputed.Add(whole);
                    yield return finding;
                }
            }
        }
    }

    /// <summary>
    /// The total the numbered paragraphs itemise: the last amount before "包括：/如下：" ("实际支出42.58万元。"), unless that
    /// amount is itself an item of a list ("“三公”经费…中，因公出国（境）费6.8万元，占13.01%；…公务接待费1.85万元，占3.54%。
    /// 具体情况如下："): the paragraph already lists the parts, and its last one is not their total.
    /// </summary>
    private static TextAmount? ItemisedTotal(IReadOnlyList<TextAmount> stated) =>
        stated is [.., var last] && last.Lead is null && last.LeadName is null ? last : null;

    /// <summary>"X万元，包括A a万元；B b万元。": the amounts after 包括 up to the end of the sentence.</summary>
    private static IEnumerable<(TextAmount Whole, AuditFinding Finding)> Inline(ParagraphAmounts amounts, string text, IReadOnlyList<TextAmount> stated)
    {
        for (var i = 0; i < stated.Count; i++)
        {
            var whole = stated[i];
            if (!InlineIntroduction().IsMatch(text.AsSpan(whole.End).ToString()))
            {
                continue;
            }

            var end = text.IndexOf('。', whole.End) is var stop and >= 0 ? stop : text.Length;
            var items = stated.Skip(i + 1).TakeWhile(a => a.End <= end).ToList();
            var tail = items.Count > 0 ? text[items[^1].End..end] : string.Empty;
            if (items.Count >= 2 && !tail.Contains('等', StringComparison.Ordinal) && Mismatch(amounts, whole, items, "其后列出的各项") is { } finding)
            {
                yield return (whole, finding);
            }
        }
    }

    /// <summary>"X万元，其中：A a万元、B b万元、C c万元。": every amount after 其中 to the end of the sentence, joined by "、".</summary>
    private static IEnumerable<(TextAmount Whole, AuditFinding Finding)> Enumerated(ParagraphAmounts amounts, string text, IReadOnlyList<TextAmount> stated)
    {
        for (var i = 0; i < stated.Count; i++)
        {
            var whole = stated[i];
            if (!EnumerationIntroduction().IsMatch(text.AsSpan(whole.End).ToString()))
            {
                continue;
            }

            var end = text.IndexOf('。', whole.End) is var stop and >= 0 ? stop : text.Length;
            var items = stated.Skip(i + 1).TakeWhile(a => a.End <= end).ToList();
            var joined = items.Count >= 2
                && Enumerable.Range(1, items.Count - 1).All(k => EnumerationSeparator().IsMatch(text[items[k - 1].End..items[k].Start]))
                && items[^1].End == end;
            if (joined && Mismatch(amounts, whole, items, "其后列出的各项") is { } finding)
            {
                yield return (whole, finding);
            }
        }
    }

    /// <summary>The first amount of each numbered paragraph from <paramref name="from"/> on; null when one has none.</summary>
    private static List<TextAmount>? Numbered(ParagraphAmounts amounts, List<int> blocks, int from)
    {
        var items = new List<TextAmount>();
        for (var b = from; b < blocks.Count && NumberedItem().IsMatch(amounts.Texts[blocks[b]]); b++)
        {
            if (amounts.ByBlock[blocks[b]].FirstOrDefault(a => !a.IsChange) is not { } first)
            {
                return null;
            }

            items.Add(first);
        }

        return items;
    }

    private static AuditFinding? Mismatch(ParagraphAmounts amounts, TextAmount whole, IReadOnlyList<TextAmount> items, string what)
    {
        var parts = items.Select(a => a.Number).ToList();
        if (PrintedSum.Violation(whole.Number, parts) is not { } code)
        {
            return null;
        }

        return new AuditFinding(
            code == AuditCodes.PartExceedsWhole ? code : AuditCodes.DetailSum,
            $"“{Place(amounts, whole).Quote}”与{what}之和不符：{PrintedSum.Describe(parts)}，超出四舍五入所能解释的范围 {PrintedSum.Sum(parts)}。",
            Place(amounts, whole))
        {
            Related = items.Select(a => Place(amounts, a)).ToList(),
        };
    }

    private static AuditPlace Place(ParagraphAmounts amounts, TextAmount amount) =>
        new(amount.Block, ShareRule.Quote(amounts.Texts[amount.Block], amount.Start, amount.End));
}
