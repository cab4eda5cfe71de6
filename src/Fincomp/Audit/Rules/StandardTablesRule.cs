using Fincomp.Document;
using Fincomp.Import;

namespace Fincomp.Audit.Rules;

/// <summary>
/// A report that prints the 公开表 (a part headed 附表, or most of the nine by their titles) prints all nine: a table with
/// nothing to show is printed empty with its note, never left out (docs/templates.md, the nine tables). A missing table
/// is named by the title its template prints — the Shanghai template, whose tables stand in a part of their own
/// ("第二部分 X2024年度部门决算表") rather than under 附表, titles the "三公" table without 一般公共预算 — and found where it
/// should stand: before the next of the nine that is printed, else after the one before it.
/// </summary>
internal static class StandardTablesRule
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

    /// <summary>Which of the nine a printed title names, and whether by another official title (<see cref="TableTitles.Variants"/>).</summary>
    private static (TableKind Kind, bool IsVariant)? KindOf(string title)
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
