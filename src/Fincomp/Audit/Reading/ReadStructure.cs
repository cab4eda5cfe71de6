using System.Text.RegularExpressions;
using Fincomp.Document;

namespace Fincomp.Audit.Reading;

/// <summary>
/// What every reader of a finished report decides the same way, whatever the file format: a heading by its numbering
/// (第一部分, 一、, （一）), a table's title (the short paragraph right above it that names a table), and a table's
/// heading rows (the top rows without a figure).
/// </summary>
internal static partial class ReadStructure
{
    /// <summary>The longest line taken as a heading or a table title; a longer one is body text.</summary>
    public const int HeadingLength = 40;

    [GeneratedRegex(@"^第[一二三四五六七八九十]+部分")]
    private static partial Regex PartPattern();

    [GeneratedRegex(@"^[一二三四五六七八九十]+、")]
    private static partial Regex SectionPattern();

    [GeneratedRegex(@"^（[一二三四五六七八九十]+）")]
    private static partial Regex SubsectionPattern();

    /// <summary>The heading level a short line's numbering gives it, or null for body text.</summary>
    public static HeadingLevel? LevelByNumbering(string text) =>
        text.Length > HeadingLength ? null
            : PartPattern().IsMatch(text) ? HeadingLevel.Part
            : SectionPattern().IsMatch(text) ? HeadingLevel.Section
            : SubsectionPattern().IsMatch(text) ? HeadingLevel.Subsection
            : null;

    [GeneratedRegex(@"表(?:（[^）]*）)?$")]
    private static partial Regex TableTitleEnding();

    /// <summary>Whether a paragraph right above a table names it ("收入支出决算总表", "项目支出绩效自评表（2023年度）").</summary>
    public static bool IsTableTitle(string text) => text.Length <= HeadingLength && TableTitleEnding().IsMatch(text);

    /// <summary>A table from its rows of (text, column span, row span), heading rows counted.</summary>
    public static Table TableOf(IEnumerable<IEnumerable<(string Text, int Span, int RowSpan)>> rows)
    {
        var tableRows = rows.Select(r => new TableRow(r.Select(c => new TableCell(c.Text, CellAlignment.Left, c.Span, c.RowSpan)).ToList())).ToList();
        var headerRows = tableRows.TakeWhile(r => r.Cells.All(c => !PrintedNumber.TryParse(c.Text, out _))).Count();
        return new Table(tableRows, Math.Min(headerRows, Math.Max(0, tableRows.Count - 1)), []);
    }
}
