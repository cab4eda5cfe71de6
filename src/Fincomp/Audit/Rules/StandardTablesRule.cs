using System.Text.RegularExpressions;
using Fincomp.Document;
using Fincomp.Import;

namespace Fincomp.Audit.Rules;

/// <summary>
/// A report that prints the 公开表 (a part headed 附表, or most of the nine by their titles) prints all nine: a table with
/// nothing to show is printed empty with its note, never left out (docs/templates.md, the nine tables). A missing table
/// is named by the title its template prints — the Shanghai template, whose tables stand in a part of their own
/// ("第二部分 X2024年度部门决算表") rather than under 附表, titles the "三公" table without 一般公共预算 — and found where it
/// should stand: before the next of the nine that is printed, else after the one before it. A title is matched with
/// tolerance for what real reports change (a year, 部门 or 单位 before it, （续）, a character or two more or less); a
/// table whose title stands above a picture instead of a table is printed, but as an image: it is reported as not
/// audited (FC2021, info), never as missing.
/// </summary>
internal static partial class StandardTablesRule
{
    /// <summary>Without a 附表 part, this many standard tables show that the report means to print them all.</summary>
    private const int MostTables = 5;

    public static IEnumerable<AuditFinding> Check(DocumentView view)
    {
        var printed = view.Tables()
            .Select(t => (t.Index, Title: t.Grid.Table.Title ?? string.Empty, Match: KindOf(TableTitles.Normalise(t.Grid.Table.Title ?? string.Empty))))
            .Where(t => t.Match is not null)
            .Select(t => (t.Index, t.Title, t.Match!.Value.Kind, t.Match!.Value.IsVariant))
            .ToList();
        var pictured = Pictured(view).Where(p => printed.All(t => t.Kind != p.Kind)).GroupBy(p => p.Kind).Select(g => g.First()).ToList();
        foreach (var (index, title, _) in pictured)
        {
            yield return new AuditFinding(AuditCodes.PictureTable, $"表格“{title}”为图片，未核对：图片中的数字读不出来。", new AuditPlace(index, title));
        }

        printed = [.. printed.Concat(pictured.Select(p => (p.Index, p.Title, p.Kind, IsVariant: false))).OrderBy(t => t.Index)];
        var partIndex = view.Blocks.Index().Where(b => b.Item is Heading { Level: HeadingLevel.Part, Text: var text } && text.Contains("附表", StringComparison.Ordinal))
            .Select(b => (int?)b.Index).LastOrDefault();
        var present = printed.Select(t => t.Kind).Distinct().ToList();

        if (partIndex is null && present.Count < MostTables)
        {
            yield break;
        }

        var variants = printed.Any(t => t.IsVariant) || (partIndex is null && InOwnPart(view, printed[0].Index));
        foreach (var (kind, printedTitle) in TableTitles.Printed.Where(t => !present.Contains(t.Kind)))
        {
            var title = variants ? TableTitles.PrintedVariants.Where(v => v.Kind == kind).Select(v => v.Title).DefaultIfEmpty(printedTitle).First() : printedTitle;
            var (place, where) = Expected(view, printed.Select(t => (t.Index, t.Title, t.Kind)).ToList(), kind, partIndex);
            yield return new AuditFinding(AuditCodes.MissingTable, $"缺少第{(int)kind}张公开表“{title}”（{where}）：九张公开表都应印出，没有数据的表也应印出并注明。", place);
        }
    }

    /// <summary>
    /// The standard tables printed as pictures: a paragraph that is a table's title (short, ending in 表) and names one
    /// of the nine, right above a picture.
    /// </summary>
    private static IEnumerable<(int Index, string Title, TableKind Kind)> Pictured(DocumentView view)
    {
        for (var i = 0; i + 1 < view.Blocks.Count; i++)
        {
            if (view.Blocks[i] is Paragraph { Text: var text } && Reading.ReadStructure.IsTableTitle(text)
                && (view.Blocks[i + 1] is Figure || (i + 2 < view.Blocks.Count && view.Blocks[i + 1] is Paragraph { Text: var unit } && unit.StartsWith("单位", StringComparison.Ordinal) && view.Blocks[i + 2] is Figure))
                && KindOf(TableTitles.Normalise(text)) is { } match)
            {
                yield return (i, text, match.Kind);
            }
        }
    }

    /// <summary>
    /// Which of the nine a printed title names, and whether by another official title (<see cref="TableTitles.Variants"/>):
    /// the title as printed, else without what real reports add to it (<see cref="Tolerant"/>), else the one title it
    /// differs from by a character or two where no other is as close.
    /// </summary>
    private static (TableKind Kind, bool IsVariant)? KindOf(string title) =>
        Exactly(title) ?? Exactly(Tolerant(title)) ?? Closest(Tolerant(title));

    /// <summary>A title without its year, its unit word (部门, 单位, 本部门), a continuation mark, a table number or a parenthesised note.</summary>
    private static string Tolerant(string title) => Additions().Replace(title, string.Empty);

    [GeneratedRegex(@"\d{4}年度?|^(?:附表|公开|表)?\d+(?:表)?[\.、:：\s]*|本?部门|本?单位|[（(][^）)]*[）)]|明细")]
    private static partial Regex Additions();

    /// <summary>The standard title a title ending in 表 is within two edits of, when no other standard title is as close.</summary>
    private static (TableKind Kind, bool IsVariant)? Closest(string title)
    {
        if (!title.EndsWith('表'))
        {
            return null;
        }

        var distances = TableTitles.All.Select(t => (t.Kind, IsVariant: false, Distance: Distance(title, t.Title)))
            .Concat(TableTitles.Variants.Select(t => (t.Kind, IsVariant: true, Distance: Distance(title, t.Title))))
            .OrderBy(t => t.Distance)
            .ToList();
        var best = distances[0];
        return best.Distance <= Math.Min(2, title.Length / 5) && distances.Skip(1).All(d => d.Distance > best.Distance || d.Kind == best.Kind)
            ? (best.Kind, best.IsVariant)
            : null;
    }

    /// <summary>The edit distance between two titles, character by character (insert, delete, replace).</summary>
    private static int Distance(string a, string b)
    {
        var row = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var diagonal = row[0];
            row[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var above = row[j];
                row[j] = Math.Min(Math.Min(row[j] + 1, row[j - 1] + 1), diagonal + (a[i - 1] == b[j - 1] ? 0 : 1));
                diagonal = above;
            }
        }

        return row[b.Length];
    }

    private static (TableKind Kind, bool IsVariant)? Exactly(string title)
    {
        foreach (var (kind, standard) in TableTitles.All)
        {
            if (Names(title, standard))
            {
                return (kind, false);
            }

            if (TableTitles.Variants.Any(v => v.Kind == kind && Names(title, v.Title)))
            {
                return (kind, true);
            }
        }

        return null;
    }

    /// <summary>
    /// Where the missing table should stand: at the next of the nine that is printed (it comes before it), else at the
    /// one before it (it comes after it), else at the 附表 heading.
    /// </summary>
    private static (AuditPlace Place, string Where) Expected(DocumentView view, List<(int Index, string Title, TableKind Kind)> printed, TableKind missing, int? partIndex)
    {
        if (printed.Where(t => t.Kind > missing).OrderBy(t => t.Kind).ThenBy(t => t.Index).FirstOrDefault() is { Title.Length: > 0 } next)
        {
            return (new AuditPlace(next.Index, next.Title), $"应在表“{next.Title}”之前");
        }

        if (printed.Where(t => t.Kind < missing).OrderByDescending(t => t.Kind).ThenBy(t => t.Index).FirstOrDefault() is { Title.Length: > 0 } before)
        {
            return (new AuditPlace(before.Index, before.Title), $"应在表“{before.Title}”之后");
        }

        var heading = partIndex is { } part && view.Blocks[part] is Heading { Text: var text } ? text : string.Empty;
        return (new AuditPlace(partIndex ?? 0, heading), $"应在“{heading}”之下");
    }

    /// <summary>Whether the tables stand in a part of their own titled "…决算表" (the Shanghai template's 第二部分), not under 附表.</summary>
    private static bool InOwnPart(DocumentView view, int firstTable) =>
        view.Blocks.Take(firstTable).OfType<Heading>().LastOrDefault(h => h.Level == HeadingLevel.Part) is { Text: var text }
        && string.Concat(text.Where(c => !char.IsWhiteSpace(c))).EndsWith("决算表", StringComparison.Ordinal);

    /// <summary>
    /// A printed title names a standard table when it holds that title and no longer official title does (the Shanghai
    /// 财政拨款“三公”经费支出决算表 holds 支出决算表 but is not that table).
    /// </summary>
    private static bool Names(string printed, string title) =>
        printed.Contains(title, StringComparison.Ordinal)
        && !TableTitles.All.Concat(TableTitles.Variants).Any(other => other.Title.Length > title.Length && other.Title.Contains(title, StringComparison.Ordinal) && printed.Contains(other.Title, StringComparison.Ordinal));
}
