using Fincomp.Document;
using Fincomp.Import;

namespace Fincomp.Audit.Rules;

/// <summary>
/// A report that prints the 公开表 (a part headed 附表, or most of the nine by their titles) prints all nine: a table with
/// nothing to show is printed empty with its note, never left out (docs/templates.md, the nine tables).
/// </summary>
internal static class StandardTablesRule
{
    /// <summary>Without a 附表 part, this many standard tables show that the report means to print them all.</summary>
    private const int MostTables = 5;

    public static IEnumerable<AuditFinding> Check(DocumentView view)
    {
        var titles = view.Tables().Select(t => TableTitles.Normalise(t.Grid.Table.Title ?? string.Empty)).ToList();
        var partIndex = view.Blocks.Index().Where(b => b.Item is Heading { Level: HeadingLevel.Part, Text: var text } && text.Contains("附表", StringComparison.Ordinal))
            .Select(b => (int?)b.Index).LastOrDefault();
        var present = TableTitles.All
            .Where(t => titles.Any(title => Names(title, t.Title) || TableTitles.Variants.Any(v => v.Kind == t.Kind && Names(title, v.Title))))
            .ToList();
        if (partIndex is null && present.Count < MostTables)
        {
            yield break;
        }

        var place = partIndex ?? view.Tables()[0].Index;
        var quote = view.Blocks[place] switch
        {
            Heading heading => heading.Text,
            Table table => table.Title ?? string.Empty,
            _ => string.Empty,
        };
        foreach (var (kind, title) in TableTitles.All.Except(present))
        {
            yield return new AuditFinding(AuditCodes.MissingTable, $"缺少第{(int)kind}张公开表“{title}”：九张公开表都应印出，没有数据的表也应印出并注明。", new AuditPlace(place, quote));
        }
    }

    /// <summary>A printed title names a standard table when it holds that title and no longer standard title does.</summary>
    private static bool Names(string printed, string title) =>
        printed.Contains(title, StringComparison.Ordinal)
        && !TableTitles.All.Any(other => other.Title.Length > title.Length && other.Title.Contains(title, StringComparison.Ordinal) && printed.Contains(other.Title, StringComparison.Ordinal));
}
