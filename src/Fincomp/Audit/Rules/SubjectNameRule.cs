using System.Text.RegularExpressions;
using Fincomp.Reference;

namespace Fincomp.Audit.Rules;

/// <summary>
/// A 科目 printed with its code — in the text as "灾害防治及应急管理支出（224）应急管理事务（01）行政运行（01）", in a
/// table as a code cell followed by its name — carries the name the report year's 支出功能分类 table gives that code
/// (docs/classification.md names the tables' sources). Codes the table lacks are left alone: a province may add
/// its own. Only finished documents are checked this way; a built report prints the names of the unit's own
/// classification, additions included. A misspelling repeated through the report (a heading copied to every line) is
/// one finding, at its first place, with how often it is repeated and where.
/// </summary>
internal static partial class SubjectNameRule
{
    private const string Name = @"(?:[\p{IsCJKUnifiedIdeographs}、]|（[^）\d]*）)+";

    [GeneratedRegex(@"(?<n1>" + Name + @")（(?<c1>\d{3})）(?:(?<n2>" + Name + @")（(?<c2>\d{2})）(?:(?<n3>" + Name + @")（(?<c3>\d{2})）)?)?")]
    private static partial Regex LabelPattern();

    [GeneratedRegex(@"^\d{3}(?:\d{2}){0,2}$")]
    private static partial Regex CodePattern();

    public static IEnumerable<AuditFinding> Check(DocumentView view) =>
        Each(view).GroupBy(f => f.Message, StringComparer.Ordinal).Select(group => group.Count() == 1 ? group.First() : group.First() with
        {
            Message = $"{group.Key}同样的写法共出现{group.Count()}处，只在第一处报告。",
            Related = group.Skip(1).Select(f => f.Place).ToList(),
        });

    private static IEnumerable<AuditFinding> Each(DocumentView view)
    {
        var table = YearRule.ReportYear(view) is { } year ? ClassificationCatalog.For(year).Functional : ClassificationTable.Functional;
        foreach (var (block, text) in view.Paragraphs())
        {
            // The label pattern tries every run of Chinese characters and backtracks through it: a paragraph with no
            // class code in it (most of them) is passed over without running it.
            if (!HasClassCode(text))
            {
                continue;
            }

            foreach (Match match in LabelPattern().Matches(text))
            {
                var code = string.Empty;
                for (var level = 1; level <= 3 && match.Groups[$"c{level}"].Success; level++)
                {
                    code += match.Groups[$"c{level}"].Value;
                    var written = match.Groups[$"n{level}"].Value;
                    // The 类 name may follow other words of its sentence; the 款 and 项 names start right after a code.
                    if (table.Find(code) is { } entry && (level == 1 ? !written.EndsWith(entry.Name, StringComparison.Ordinal) : written != entry.Name))
                    {
                        yield return Finding(code, level == 1 ? "类" : level == 2 ? "款" : "项", written, entry.Name, new AuditPlace(block, $"{written}（{match.Groups[$"c{level}"].Value}）"));
                    }
                }
            }
        }

        foreach (var (index, grid) in view.Tables())
        {
            for (var r = grid.Table.HeaderRows; r < grid.Rows; r++)
            {
                for (var c = 0; c + 1 < grid.Columns; c++)
                {
                    var code = grid.OwnText(r, c);
                    var written = grid.OwnText(r, c + 1);
                    if (CodePattern().IsMatch(code) && written.Length > 0 && grid.Number(r, c + 1) is null
                        && table.Find(code) is { } entry && written != entry.Name)
                    {
                        yield return Finding(code, code.Length == 3 ? "类" : code.Length == 5 ? "款" : "项", written, entry.Name, grid.Place(index, r, c + 1));
                    }
                }
            }
        }
    }

    /// <summary>Whether <paramref name="text"/> holds a 类 code as the label pattern needs it: "（", three digits (any decimal digit, as \d matches), "）".</summary>
    private static bool HasClassCode(string text)
    {
        for (var at = text.IndexOf('（'); at >= 0 && at + 4 < text.Length; at = text.IndexOf('（', at + 1))
        {
            if (char.IsDigit(text[at + 1]) && char.IsDigit(text[at + 2]) && char.IsDigit(text[at + 3]) && text[at + 4] == '）')
            {
                return true;
            }
        }

        return false;
    }

    private static AuditFinding Finding(string code, string level, string written, string name, AuditPlace place) =>
        new(AuditCodes.SubjectName, $"科目 {code} 的{level}名写作“{written}”，本年度支出功能分类科目表中为“{name}”。", place);
}
