using Fincomp.Document;

namespace Fincomp.Audit.Rules;

/// <summary>
/// Numbered headings count on without a gap: 第一部分 is followed by 第二部分, 八、 by 九、, （一） by （二）, under the same
/// enclosing heading. A number skipped (第一部分 … 第三部分, 八、 … 十、) is a part or section deleted with its heading, or
/// a heading numbered wrongly; the finding is at the heading after the gap. A number that goes back (the table of
/// contents followed by the body, a new attachment) starts a new count; a heading with no number keeps the count, so
/// a heading that lost its number still shows as a gap. A list of （一） headings that starts above 1 right under its
/// 一、 heading (（二） first) lost its first heading the same way; higher levels are not held to it, since a PDF may
/// read their first heading as a table's title or a line of the cover.
/// </summary>
/// <remarks>
/// A paragraph that starts with a number (a heading too long to read as one in a PDF, a line of the table of contents
/// with its leader dots, a numbered item of the glossary), and a table's title that does (a numbered heading right above
/// the table, read as its title), count as well but are never the finding: a reader may take a
/// heading for a paragraph, and a list may pick its items.
/// </remarks>
internal static class HeadingNumberingRule
{
    private static readonly HeadingLevel[] ParagraphLevels = [HeadingLevel.Part, HeadingLevel.Section, HeadingLevel.Subsection];

    public static IEnumerable<AuditFinding> Check(DocumentView view)
    {
        var last = new Dictionary<HeadingLevel, int>();
        HeadingLevel? previousLevel = null;
        for (var i = 0; i < view.Blocks.Count; i++)
        {
            HeadingLevel level;
            string text;
            bool isHeading;
            switch (view.Blocks[i])
            {
                case Heading heading:
                    (level, text) = (heading.Level, heading.Text.Trim());
                    isHeading = !IsListItem(text);
                    break;
                case Paragraph paragraph when NumberedLevel(paragraph.Text.Trim()) is { } numbered:
                    (level, text, isHeading) = (numbered, paragraph.Text.Trim(), false);
                    break;
                case Table { Title: { } title } when NumberedLevel(title.Trim()) is { } numbered:
                    // A numbered heading right above a table ("一、收入支出决算总表") is read as the table's title.
                    (level, text, isHeading) = (numbered, title.Trim(), false);
                    break;
                default:
                    continue;
            }

            // A heading closes every deeper count (the sections of 第二部分 start again at 一、); a title closes them all.
            foreach (var deeper in last.Keys.Where(l => l > level).ToList())
            {
                last.Remove(deeper);
            }

            var parent = previousLevel;
            previousLevel = view.Blocks[i] is Heading ? level : null;
            if (HeadingOutline.Number(level, text) is not { } number)
            {
                continue;
            }

            if (isHeading && !last.ContainsKey(level) && number.Value > 1 && level == HeadingLevel.Subsection && parent == HeadingLevel.Section)
            {
                var mark = text[number.Length - 1];
                var missing = string.Join("、", Enumerable.Range(1, number.Value - 1).Select(n => $"“{HeadingOutline.Label(level, n, mark)}”"));
                yield return new AuditFinding(
                    AuditCodes.HeadingGap,
                    $"标题编号不连续：这一级的第一个标题是“{text[..number.Length]}”，缺少{missing}：这一部分或这一节被删去了，或标题编号写错了。",
                    new AuditPlace(i, text));
            }

            if (isHeading && last.TryGetValue(level, out var previous) && number.Value > previous + 1)
            {
                var mark = text[number.Length - 1];
                var missing = string.Join("、", Enumerable.Range(previous + 1, number.Value - previous - 1).Select(n => $"“{HeadingOutline.Label(level, n, mark)}”"));
                yield return new AuditFinding(
                    AuditCodes.HeadingGap,
                    $"标题编号不连续：“{HeadingOutline.Label(level, previous, mark)}”之后是“{text[..number.Length]}”，缺少{missing}：这一部分或这一节被删去了，或标题编号写错了。",
                    new AuditPlace(i, text));
            }

            last[level] = number.Value;
        }
    }

    /// <summary>The level whose numbering a paragraph starts with (第一部分, 一、, （一）), whatever its length; null for none.</summary>
    private static HeadingLevel? NumberedLevel(string text) =>
        ParagraphLevels.Where(l => HeadingOutline.Number(l, text) is not null).Select(l => (HeadingLevel?)l).FirstOrDefault();

    /// <summary>
    /// A numbered sentence short enough to read as a heading ("五、年初结转和结余：指…。" in a glossary) is an item of a
    /// list, not a heading: it ends as a sentence ends or explains a term after a colon.
    /// </summary>
    private static bool IsListItem(string text) =>
        text.EndsWith('。') || text.EndsWith('；') || text.EndsWith(';') || text.TrimEnd('：', ':').Contains('：', StringComparison.Ordinal);
}
