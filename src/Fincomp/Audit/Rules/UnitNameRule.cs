using System.Text.RegularExpressions;
using Fincomp.Document;

namespace Fincomp.Audit.Rules;

/// <summary>
/// The unit is named one way: the name its title prints before the year ("四川遂宁高新技术产业园区党群工作部2023年度部门
/// 决算") is the name of every place that states the unit's full name — a heading or table title "X2023年度…决算…" (after
/// its number, "第二部分 X2024年度部门决算表"), the "编制单位：X" line, a table's "说明：X本年度没有…" note, a form's
/// 部门名称/单位名称 cell, and any full name in a heading, a sentence or a cell (<see cref="UnitNameMentions"/>). A form's
/// 主管部门 cell is not the unit's (a subordinate unit's form fills it with its parent), and the shortened name running
/// text uses (党群工作部) is not a full name; neither is compared.
/// </summary>
internal static partial class UnitNameRule
{
    [GeneratedRegex(@"^(?<name>\S+?)\d{4}年度?(?:部门|单位)?决算")]
    private static partial Regex TitledName();

    [GeneratedRegex(@"^(?:编制单位[：:]\s*(?<name>\S+)$|说明[：:](?<name>\S+?)本年度(?:没有|无))")]
    private static partial Regex StatedName();

    private static readonly string[] NameLabels = ["部门名称", "单位名称"];

    private const string ParentLabel = "主管部门";

    /// <summary>The unit's name as the report's title prints it before the year; null when the title names none.</summary>
    public static string? NameOf(DocumentView view)
    {
        var title = view.Blocks.OfType<Heading>().FirstOrDefault(h => h.Level == HeadingLevel.Title)?.Text ?? view.Document.Title;
        // A title set over two lines holds a line break between the name and the year.
        return TitledName().Match(Squeeze(title)) is { Success: true } titled ? titled.Groups["name"].Value : null;
    }

    public static IEnumerable<AuditFinding> Check(DocumentView view)
    {
        if (NameOf(view) is not { } name)
        {
            yield break;
        }

        var mentions = new UnitNameMentions(name);
        var titleSeen = false;
        foreach (var (block, text) in view.Paragraphs())
        {
            var trimmed = text.Trim();
            var isTitle = !titleSeen && view.Blocks[block] is Heading { Level: HeadingLevel.Title };
            titleSeen |= isTitle;
            if (isTitle)
            {
                continue;
            }

            var stated = view.Blocks[block] is Heading heading
                ? (view.Scopes[block] == 0 ? TitledName().Match(Squeeze(AfterNumber(heading.Level, trimmed))) : null)
                : StatedName().Match(trimmed);
            var named = stated is { Success: true } ? new[] { stated.Groups["name"].Value } : [];
            foreach (var written in named.Concat(mentions.OtherNames(trimmed)).Distinct(StringComparer.Ordinal).Where(w => w != name))
            {
                yield return Finding(written, name, new AuditPlace(block, written));
            }
        }

        foreach (var (index, grid) in view.Tables())
        {
            if (grid.Table.Title is { } tableTitle)
            {
                var titled = TitledName().Match(tableTitle.Trim()) is { Success: true } match ? new[] { match.Groups["name"].Value } : [];
                foreach (var written in titled.Concat(mentions.OtherNames(tableTitle)).Distinct(StringComparer.Ordinal).Where(w => w != name))
                {
                    yield return Finding(written, name, new AuditPlace(index, written));
                }
            }

            for (var r = 0; r < grid.Rows; r++)
            {
                for (var c = 0; c < grid.Columns; c++)
                {
                    var value = grid.OwnText(r, c);
                    var label = c > 0 ? grid.OwnText(r, c - 1) : string.Empty;
                    if (value.Length == 0 || label == ParentLabel)
                    {
                        continue;
                    }

                    var labelled = NameLabels.Contains(label) && !IsColumnHeading(grid, r) ? new[] { value } : [];
                    foreach (var written in labelled.Concat(mentions.OtherNames(value)).Distinct(StringComparer.Ordinal).Where(w => w != name))
                    {
                        yield return Finding(written, name, grid.Place(index, r, c));
                    }
                }
            }
        }
    }

    /// <summary>A heading's text after its number ("第二部分 X2024年度部门决算表" → "X2024年度部门决算表").</summary>
    private static string AfterNumber(HeadingLevel level, string text) =>
        HeadingOutline.Number(level, text) is { } number ? text[number.Length..] : text;

    private static string Squeeze(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));

    /// <summary>
    /// A row of column headings ("序号 | 单位名称 | 备注" over the 部门决算单位构成 list) names columns, not the unit: the cell
    /// after 单位名称 there is the next heading. A read PDF has no repeated-header mark, so a row that starts with 序号
    /// counts as headings too.
    /// </summary>
    private static bool IsColumnHeading(TableGrid grid, int row) =>
        row < grid.Table.HeaderRows || grid.OwnText(row, 0) == "序号";

    private static AuditFinding Finding(string written, string name, AuditPlace place) =>
        new(AuditCodes.UnitName, $"单位名称写作“{written}”，报告标题中为“{name}”：同一单位应写同一个全称。", place);
}
