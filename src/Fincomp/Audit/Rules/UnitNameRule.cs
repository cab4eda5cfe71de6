using System.Text.RegularExpressions;
using Fincomp.Audit.Reading;
using Fincomp.Document;

namespace Fincomp.Audit.Rules;

/// <summary>
/// The unit is named one way: the name its title prints before the year ("四川遂宁高新技术产业园区党群工作部2023年度部门
/// 决算") is the name of every place that states the unit's full name — a heading or table title "X2023年度…决算…", the
/// "编制单位：X" line, a table's "说明：X本年度没有…" note, and a form's 部门名称/单位名称 cell (not 主管部门, which a
/// subordinate unit's form fills with its parent). Running text may shorten the name (党群工作部) and numbered headings
/// ("第二部分2023年度…") are not names; neither is compared.
/// </summary>
internal static partial class UnitNameRule
{
    [GeneratedRegex(@"^(?<name>\S+?)\d{4}年度?(?:部门|单位)?决算")]
    private static partial Regex TitledName();

    [GeneratedRegex(@"^(?:编制单位[：:]\s*(?<name>\S+)$|说明[：:](?<name>\S+?)本年度(?:没有|无))")]
    private static partial Regex StatedName();

    private static readonly string[] NameLabels = ["部门名称", "单位名称"];

    /// <summary>The unit's name as the report's title prints it before the year; null when the title names none.</summary>
    public static string? NameOf(DocumentView view)
    {
        var title = view.Blocks.OfType<Heading>().FirstOrDefault(h => h.Level == HeadingLevel.Title)?.Text ?? view.Document.Title;
        // A title set over two lines holds a line break between the name and the year.
        return TitledName().Match(string.Concat(title.Where(c => !char.IsWhiteSpace(c)))) is { Success: true } titled ? titled.Groups["name"].Value : null;
    }

    public static IEnumerable<AuditFinding> Check(DocumentView view)
    {
        if (NameOf(view) is not { } name)
        {
            yield break;
        }

        var titleSeen = false;
        foreach (var (block, text) in view.Paragraphs())
        {
            var trimmed = text.Trim();
            var isTitle = !titleSeen && view.Blocks[block] is Heading { Level: HeadingLevel.Title };
            titleSeen |= isTitle;
            var match = isTitle || ReadStructure.LevelByNumbering(trimmed) is not null ? null
                : view.Blocks[block] is Heading && view.Scopes[block] == 0 ? TitledName().Match(trimmed)
                : StatedName().Match(trimmed);
            if (match is { Success: true } && match.Groups["name"].Value is var written && written != name)
            {
                yield return Finding(written, name, new AuditPlace(block, written));
            }
        }

        foreach (var (index, grid) in view.Tables())
        {
            if (grid.Table.Title is { } tableTitle && TitledName().Match(tableTitle.Trim()) is { Success: true } named && named.Groups["name"].Value != name)
            {
                yield return Finding(named.Groups["name"].Value, name, new AuditPlace(index, tableTitle));
            }

            for (var r = 0; r < grid.Rows; r++)
            {
                if (IsColumnHeading(grid, r))
                {
                    continue;
                }

                for (var c = 0; c + 1 < grid.Columns; c++)
                {
                    var value = grid.OwnText(r, c + 1);
                    if (NameLabels.Contains(grid.OwnText(r, c)) && value.Length > 0 && value != name)
                    {
                        yield return Finding(value, name, grid.Place(index, r, c + 1));
                    }
                }
            }
        }
    }

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
