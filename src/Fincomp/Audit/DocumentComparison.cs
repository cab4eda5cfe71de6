using System.Text.RegularExpressions;
using Fincomp.Audit.Rules;
using Fincomp.Document;

namespace Fincomp.Audit;

/// <summary>
/// <c>fincomp check report.docx --against unit.yaml</c>: an edited report against the report its data builds. Every
/// figure the edited text or tables print that the data gives otherwise is an error (FC2017), read by the same
/// extraction as the audit (<see cref="StatedFigures"/>, <see cref="QuantityAnchors"/>, table rows by their labels) from
/// both documents, table cells by their row's label and their column's heading (<see cref="TableColumns"/>), so a
/// figure is compared with the build's own value of the same quantity. Every sentence the data's
/// narrative printed that the edited document no longer contains is listed (FC2018, info), placed at the paragraph
/// that still holds the rest of its paragraph; a sentence that differs only in its figures is a changed figure (FC2017).
/// A data file of another unit or year is one finding instead (<see cref="OtherUnitData"/>, FC2019).
/// </summary>
internal static partial class DocumentComparison
{
    [GeneratedRegex(@"\d[\d,]*(?:\.\d+)?")]
    private static partial Regex FigurePattern();

    /// <summary>
    /// The differences of <paramref name="edited"/> from <paramref name="built"/>; places are in <paramref name="edited"/>.
    /// A figure of a changed sentence that one of <paramref name="audited"/> (the audit of <paramref name="edited"/>)
    /// already quotes is not reported again: one printed figure, one finding.
    /// </summary>
    public static IReadOnlyList<AuditFinding> Compare(ReportDocument built, ReportDocument edited, IReadOnlyList<AuditFinding>? audited = null)
    {
        ArgumentNullException.ThrowIfNull(built);
        ArgumentNullException.ThrowIfNull(edited);
        var builtView = new DocumentView(built);
        var editedView = new DocumentView(HandTypedFigures.Normalise(edited));
        if (OtherUnitData.Mismatch(builtView, editedView) is { } otherUnit)
        {
            return [otherUnit];
        }

        var amounts = Amounts(builtView, editedView).ToList();
        var reported = amounts.Select(f => f.Place.BlockIndex).ToHashSet();
        return [.. amounts, .. Cells(builtView, editedView), .. Sentences(builtView, editedView, reported, audited ?? [])];
    }

    private static IEnumerable<AuditFinding> Amounts(DocumentView built, DocumentView edited)
    {
        var truth = new Dictionary<(int Scope, string Key), TextAmount>();
        var builtAmounts = new ParagraphAmounts(built);
        foreach (var amount in builtAmounts.All)
        {
            if (Key(amount) is { } key)
            {
                truth.TryAdd((builtAmounts.ScopeOf(amount.Block), key), amount);
            }
        }

        var editedAmounts = new ParagraphAmounts(edited);
        foreach (var amount in editedAmounts.All)
        {
            if (Key(amount) is { } key && truth.TryGetValue((editedAmounts.ScopeOf(amount.Block), key), out var expected)
                && expected.Number.Value != amount.Number.Value)
            {
                var quote = ShareRule.Quote(editedAmounts.Texts[amount.Block], amount.Start, amount.End);
                yield return new AuditFinding(AuditCodes.DiffersFromData, $"“{quote}”：按单位数据应为{expected.Number}万元。", new AuditPlace(amount.Block, quote));
            }
        }
    }

    /// <summary>The quantity an amount measures, as the audit names it: a 科目 code or a standard term.</summary>
    private static string? Key(TextAmount amount) =>
        amount.IsChange ? null : amount.Code is { } code ? "科目" + code : QuantityAnchors.For(amount.Subject)?.Term;

    private static IEnumerable<AuditFinding> Cells(DocumentView built, DocumentView edited)
    {
        var builtTables = built.Tables().Where(t => t.Grid.Table.Title is not null).GroupBy(t => t.Grid.Table.Title!.Trim()).ToDictionary(g => g.Key, g => g.First().Grid);
        foreach (var (index, grid) in edited.Tables())
        {
            if (grid.Table.Title is not { } title || !builtTables.TryGetValue(title.Trim(), out var truth))
            {
                continue;
            }

            var rows = RowsByLabel(truth);
            var seen = new Dictionary<string, int>();
            foreach (var (row, label) in Labels(grid))
            {
                var occurrence = seen[label] = seen.GetValueOrDefault(label) + 1;
                if (!rows.TryGetValue((label, occurrence), out var truthRow))
                {
                    continue;
                }

                var columns = TableColumns.Match(grid, row, truth, truthRow);
                for (var c = 0; c < grid.Columns; c++)
                {
                    if (grid.Number(row, c) is { } printed && columns[c] is { } truthColumn && truth.Number(truthRow, truthColumn) is { } expected
                        && printed.Value != expected.Value)
                    {
                        yield return new AuditFinding(
                            AuditCodes.DiffersFromData,
                            $"表“{title}”“{label}”行“{TableSumRule.HeaderOf(grid, c)}”列印为{printed}，按单位数据应为{expected}。",
                            grid.Place(index, row, c));
                    }
                }
            }
        }
    }

    private static Dictionary<(string Label, int Occurrence), int> RowsByLabel(TableGrid grid)
    {
        var rows = new Dictionary<(string, int), int>();
        var seen = new Dictionary<string, int>();
        foreach (var (row, label) in Labels(grid))
        {
            rows[(label, seen[label] = seen.GetValueOrDefault(label) + 1)] = row;
        }

        return rows;
    }

    /// <summary>Each body row with its label: its cells that are not numbers, joined.</summary>
    private static IEnumerable<(int Row, string Label)> Labels(TableGrid grid)
    {
        for (var r = grid.Table.HeaderRows; r < grid.Rows; r++)
        {
            var label = string.Join("|", Enumerable.Range(0, grid.Columns).Where(c => grid.Number(r, c) is null).Select(c => grid.OwnText(r, c)).Where(t => t.Length > 0));
            if (label.Length > 0)
            {
                yield return (r, label);
            }
        }
    }

    /// <summary>
    /// Each paragraph the data's narrative printed, found in the edited document: the first edited paragraph, from
    /// where the previous one was found on, that holds the most of its sentences (with the paragraph after it, as a PDF
    /// may split a paragraph at a page's end). White space and punctuation are ignored (a PDF's text layer may lose a
    /// "、"). A sentence that paragraph holds is unchanged; one it holds once figures are masked had a figure changed
    /// (an error, unless the amount comparison already reported that paragraph); any other was reworded or deleted
    /// (info). The same sentence printed in several parts is looked for in each part's own paragraph.
    /// </summary>
    private static IEnumerable<AuditFinding> Sentences(DocumentView built, DocumentView edited, ISet<int> reported, IReadOnlyList<AuditFinding> audited)
    {
        var figuresReported = new HashSet<(int Block, int Start)>();
        var paragraphs = edited.Paragraphs().Select(p => (p.Index, p.Text, Key: Key(p.Text))).ToList();
        var windows = paragraphs.Select((p, i) => i + 1 < paragraphs.Count ? p.Key + paragraphs[i + 1].Key : p.Key).ToList();
        var last = 0;
        var anchored = false;
        var name = UnitNameRule.NameOf(built);
        foreach (var (_, text) in built.Paragraphs())
        {
            var sentences = text.Split('。').Select(s => (Text: OneLine(s.Trim()), Key: Key(s))).Where(s => s.Key.Length >= 2).ToList();
            var anchor = Anchor(paragraphs.Select(p => p.Key).ToList(), windows, sentences.Select(s => s.Key).ToList(), last);
            if (anchor >= 0)
            {
                (last, anchored) = (anchor, true);
            }

            foreach (var sentence in sentences)
            {
                if (anchor >= 0 && windows[anchor].Contains(sentence.Key, StringComparison.Ordinal))
                {
                    continue;
                }

                var masked = Mask(sentence.Key);
                var figures = anchor >= 0 && Mask(windows[anchor]).Contains(masked, StringComparison.Ordinal) ? anchor
                    : Enumerable.Range(last, paragraphs.Count - last).Concat(Enumerable.Range(0, last)).FirstOrDefault(i => Mask(windows[i]).Contains(masked, StringComparison.Ordinal) && !windows[i].Contains(sentence.Key, StringComparison.Ordinal), -1);
                if (figures >= 0)
                {
                    var changed = Mask(paragraphs[figures].Key).Contains(masked, StringComparison.Ordinal) ? paragraphs[figures] : paragraphs[figures + 1];
                    if (reported.Contains(changed.Index))
                    {
                        continue;
                    }

                    var printedSentence = changed.Text.Split('。').FirstOrDefault(s => Mask(Key(s)).Contains(masked, StringComparison.Ordinal));
                    if (printedSentence is not null
                        && ChangedFigures(changed.Text.IndexOf(printedSentence, StringComparison.Ordinal), printedSentence, sentence.Text) is { } pairs)
                    {
                        foreach (var (start, end, printed, expected) in pairs)
                        {
                            if (!audited.Any(f => Covers(f.Place, changed.Index, changed.Text, start, end)) && figuresReported.Add((changed.Index, start)))
                            {
                                var quote = ClauseOf(changed.Text, start, end);
                                yield return new AuditFinding(
                                    AuditCodes.DiffersFromData, $"“{quote}”中的{printed}：按单位数据应为{expected}。", new AuditPlace(changed.Index, quote));
                            }
                        }
                    }
                    else if (reported.Add(changed.Index))
                    {
                        var printed = OneLine(printedSentence?.Trim() ?? Excerpt(changed.Text));
                        yield return new AuditFinding(AuditCodes.DiffersFromData, $"“{printed}”中的数字与单位数据不符：按单位数据为“{sentence.Text}”。", new AuditPlace(changed.Index, printed));
                    }

                    continue;
                }

                var near = anchor >= 0 ? anchor : Math.Min(last, paragraphs.Count - 1);
                if (near >= 0 && Contradiction(sentence.Text, name, paragraphs.Skip(near).Take(2).Select(p => (p.Index, p.Text))) is { } contradiction)
                {
                    yield return contradiction;
                    continue;
                }

                // A paragraph none of whose sentences is left (a one-sentence paragraph reworded) stood after the
                // paragraph found last: it is placed at the one that follows, where its text was, not at the one before.
                var at = anchor >= 0 ? anchor : Math.Min(anchored ? last + 1 : last, paragraphs.Count - 1);
                var place = at >= 0 ? new AuditPlace(paragraphs[at].Index, Excerpt(paragraphs[at].Text)) : new AuditPlace(0, string.Empty);
                yield return new AuditFinding(AuditCodes.NarrativeChanged, $"单位数据生成的句子“{sentence.Text}。”在文档中已改写或删去。", place);
            }
        }
    }

    /// <summary>
    /// The figures of a printed sentence that differ from the data's sentence it stands for (the two alike once their
    /// figures are masked): each one's place in the paragraph (the sentence starts at <paramref name="offset"/>) and both values with their unit; null when the
    /// two do not print the same number of figures, so they cannot be paired one by one.
    /// </summary>
    private static List<(int Start, int End, string Printed, string Expected)>? ChangedFigures(int offset, string printed, string data)
    {
        var printedFigures = FigurePattern().Matches(printed);
        var dataFigures = FigurePattern().Matches(data);
        if (offset < 0 || printedFigures.Count != dataFigures.Count || Mask(Key(printed)) != Mask(Key(data)))
        {
            return null;
        }

        var changed = new List<(int, int, string, string)>();
        for (var i = 0; i < printedFigures.Count; i++)
        {
            var (mine, theirs) = (printedFigures[i], dataFigures[i]);
            if (mine.Value.Replace(",", string.Empty, StringComparison.Ordinal) != theirs.Value.Replace(",", string.Empty, StringComparison.Ordinal))
            {
                var unit = UnitPattern().Match(printed, mine.Index + mine.Length) is { Success: true } u && u.Index == mine.Index + mine.Length ? u.Value : string.Empty;
                var start = offset + mine.Index;
                changed.Add((start, start + mine.Length + unit.Length, mine.Value + unit, theirs.Value + unit));
            }
        }

        return changed;
    }

    [GeneratedRegex("万元|亿元|元|%|个|人|项|分")]
    private static partial Regex UnitPattern();

    /// <summary>Whether <paramref name="place"/> quotes the text of block <paramref name="block"/> over [start, end).</summary>
    private static bool Covers(AuditPlace place, int block, string text, int start, int end)
    {
        if (place.BlockIndex != block || place.Row is not null || place.Quote.Length == 0)
        {
            return false;
        }

        for (var at = text.IndexOf(place.Quote, StringComparison.Ordinal); at >= 0; at = text.IndexOf(place.Quote, at + 1, StringComparison.Ordinal))
        {
            if (at < end && start < at + place.Quote.Length)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The clause a figure stands in: from the start of its item of a list ("；", "：", "。") to the figure's end, or
    /// from its last "，" when that item is long, so the quote stays short enough to show which figure it is about.
    /// </summary>
    private static string ClauseOf(string text, int start, int end)
    {
        var from = text.LastIndexOfAny(['；', '：', '。'], Math.Max(0, start - 1)) + 1;
        if (end - from > 40 && text.LastIndexOf('，', Math.Max(0, start - 1)) is var comma && comma >= from)
        {
            from = comma + 1;
        }

        return OneLine(text[from..end].Trim());
    }

    /// <summary>
    /// A sentence of the data's narrative that a printed sentence near it contradicts (an error, FC2017): the same
    /// subject with the other direction (增加 for 减少, 持平 for either; "比上年" and "与上年相比" read alike), or the same
    /// sentence with another unit name in place of the title's.
    /// </summary>
    private static AuditFinding? Contradiction(string sentence, string? name, IEnumerable<(int Index, string Text)> candidates)
    {
        var direction = DirectionPattern().Match(sentence);
        var subject = direction.Success ? Subject(sentence[..direction.Index]) : string.Empty;
        var plain = Squeeze(sentence);
        var at = name is null ? -1 : plain.IndexOf(name, StringComparison.Ordinal);
        foreach (var (index, text) in candidates)
        {
            foreach (var printed in text.Split('。').Select(s => s.Trim()).Where(s => s.Length > 0))
            {
                if (subject.Length >= 2 && DirectionPattern().Match(printed) is { Success: true } other
                    && Sense(other.Value) != Sense(direction.Value) && Subject(printed[..other.Index]) == subject)
                {
                    return new AuditFinding(AuditCodes.DiffersFromData, $"“{printed}”与单位数据相反：按单位数据为“{sentence}”。", new AuditPlace(index, printed));
                }

                var squeezed = Squeeze(printed);
                if (at >= 0 && squeezed.Length > plain.Length - name!.Length
                    && squeezed.StartsWith(plain[..at], StringComparison.Ordinal) && squeezed.EndsWith(plain[(at + name.Length)..], StringComparison.Ordinal)
                    && squeezed[at..(squeezed.Length - (plain.Length - at - name.Length))] is var written && written != name)
                {
                    return new AuditFinding(AuditCodes.DiffersFromData, $"单位名称写作“{written}”，按单位数据为“{name}”：“{printed}”。", new AuditPlace(index, written));
                }
            }
        }

        return null;
    }

    /// <summary>A text without its white space (a title set over two lines holds a line break).</summary>
    private static string Squeeze(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));

    /// <summary>A change's direction: up, down or level.</summary>
    private static char Sense(string word) => word switch
    {
        "增加" or "增长" or "上升" => '+',
        "减少" or "下降" => '-',
        _ => '=',
    };

    /// <summary>What a sentence says changed, as compared: figures masked, "比/与/较…相比" left out.</summary>
    private static string Subject(string text) => ComparatorPattern().Replace(Mask(Key(text)), string.Empty);

    [GeneratedRegex("增加|增长|上升|减少|下降|持平")]
    private static partial Regex DirectionPattern();

    [GeneratedRegex("相比|比|与|较|同")]
    private static partial Regex ComparatorPattern();

    /// <summary>
    /// The edited paragraph (from <paramref name="from"/> on, else anywhere) that, with the one after it, holds the most
    /// of <paramref name="keys"/>, by itself the most on a tie; -1 when none holds any.
    /// </summary>
    private static int Anchor(List<string> paragraphs, List<string> windows, List<string> keys, int from)
    {
        foreach (var range in new[] { (Start: from, End: windows.Count), (Start: 0, End: from) })
        {
            var best = -1;
            var most = 0;
            for (var i = range.Start; i < range.End; i++)
            {
                var held = (2 * keys.Count(k => windows[i].Contains(k, StringComparison.Ordinal))) + keys.Count(k => paragraphs[i].Contains(k, StringComparison.Ordinal));
                if (held > most)
                {
                    (best, most) = (i, held);
                }
            }

            if (best >= 0)
            {
                return best;
            }
        }

        return -1;
    }

    private static string Mask(string text) => FigurePattern().Replace(text, "#");

    /// <summary>The first 40 characters of a paragraph, or more when the 40th is inside a figure: a quote never cuts a number.</summary>
    private static string Excerpt(string text)
    {
        var end = Math.Min(40, text.Length);
        while (end < text.Length && end > 0 && IsFigurePart(text[end - 1]) && IsFigurePart(text[end]))
        {
            end++;
        }

        return OneLine(text[..end]);
    }

    private static bool IsFigurePart(char c) => char.IsAsciiDigit(c) || c is '.' or ',' or '%';

    /// <summary>A quoted text on one line: a line break (a title set over two lines) is shown as a space, not escaped.</summary>
    private static string OneLine(string text) => LineBreakPattern().Replace(text, " ");

    [GeneratedRegex(@"\s*[\r\n\t]+\s*")]
    private static partial Regex LineBreakPattern();

    /// <summary>A text as sentences are compared: without white space and punctuation.</summary>
    private static string Key(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c) && !char.IsPunctuation(c)));
}
