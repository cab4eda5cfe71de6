using System.Globalization;
using System.Text.RegularExpressions;
using Fincomp.Reference;

namespace Fincomp.Import;

/// <summary>
/// The rows of tables 2, 3, 5, 8 and 9: codes in one 科目编码 column or split into 类 / 款 / 项 (a 款 or 项 cell may
/// hold only its own two digits; the 类 and 款 above it complete the code), as text or as numbers, or written in front
/// of the name; names indented with full-width spaces. Every code must be in the year's classification table and its
/// name, when printed, must be the table's name for it.
/// </summary>
internal static partial class FunctionalRows
{
    private static readonly string[] SplitCodeHeaders = ["类", "款", "项"];

    public static IReadOnlyList<FunctionalRow> Read(TableReader reader)
    {
        var layout = reader.Layout;
        var split = SplitCodeHeaders.Select(w => layout.Columns(l => l.Split('/')[^1] == w).FirstOrDefault(-1)).ToArray();
        var single = split[0] >= 0 ? null
            : reader.Column("科目编码", l => l.Contains("编码", StringComparison.Ordinal) || l.Contains("代码", StringComparison.Ordinal), required: false);
        var name = reader.Column("科目名称", l => l.Contains("名称", StringComparison.Ordinal) || l.Split('/')[^1] == "项目", required: false);
        if (single is null && split[0] < 0 && name is null)
        {
            reader.Column("科目编码", _ => false);
            return [];
        }

        var rows = new List<FunctionalRow>();
        string? lastClass = null, lastSection = null;
        foreach (var row in layout.DataRows)
        {
            var nameText = name is { } n ? reader.Text(row, n) : string.Empty;
            string? code;
            int codeColumn;
            if (single is { } s)
            {
                code = Digits(reader.Layout.Sheet.At(row, s));
                codeColumn = s;
            }
            else if (split[0] >= 0)
            {
                code = Compose(layout, row, split, ref lastClass, ref lastSection);
                codeColumn = split.Where(c => c >= 0 && layout.Sheet.At(row, c) is { IsBlank: false }).DefaultIfEmpty(split[0]).Max();
            }
            else
            {
                var match = CodeInName().Match(nameText);
                code = match.Success ? match.Groups[1].Value : null;
                nameText = match.Success ? match.Groups[2].Value : nameText;
                codeColumn = name!.Value;
            }

            var cleanName = nameText.Trim(' ', '\u3000', '\t');
            if (code is not null && !code.All(char.IsAsciiDigit) && code.Any(char.IsDigit))
            {
                // Digits with something else: a mistyped code (2130199x), reported at its own cell, not a label.
                var badColumn = single ?? split.Where(c => c >= 0).FirstOrDefault(c => Digits(layout.Sheet.At(row, c)) is { } part && !part.All(char.IsAsciiDigit), codeColumn);
                reader.Error(ImportCodes.UnknownCode, row, badColumn, $"科目编码“{code}”写错了：{Malformed(code)}；功能分类科目编码是 3、5 或 7 位数字（类、款、项）。");
                continue;
            }

            if (code is not null && !code.All(char.IsAsciiDigit))
            {
                // Text in the code column: the 合计 label of a merged code-and-name cell, or a label without a code.
                cleanName = cleanName.Length > 0 ? cleanName : code;
                code = null;
            }

            if (string.IsNullOrEmpty(code))
            {
                if (cleanName.Replace(" ", "", StringComparison.Ordinal).Contains("合计", StringComparison.Ordinal)
                    || Enumerable.Range(0, Math.Min(3, layout.Sheet.ColumnCount)).Any(c => reader.Text(row, c).Replace(" ", "", StringComparison.Ordinal).Replace("\u3000", "", StringComparison.Ordinal) is "合计" or "总计"))
                {
                    rows.Add(new FunctionalRow(null, "合计", row));
                    reader.TableRow(row);
                }
                else if (cleanName.Length > 0)
                {
                    reader.Error(ImportCodes.UnknownRow, row, name ?? codeColumn, $"{reader.Title}第 {row + 1} 行“{cleanName}”没有科目编码。");
                }

                continue;
            }

            if (code.Length is not (3 or 5 or 7) || ClassificationTable.Functional.Find(code) is not { } entry)
            {
                reader.Error(ImportCodes.UnknownCode, row, codeColumn, $"科目编码 {code} 不在 {ClassificationTable.Functional.Year} 年功能分类科目表中。");
                continue;
            }

            if (cleanName.Length > 0 && !SameName(cleanName, entry.Name))
            {
                reader.Error(ImportCodes.NameDisagrees, row, name ?? codeColumn, $"科目 {code} 的名称写作“{cleanName}”，科目表中为“{entry.Name}”。");
            }

            rows.Add(new FunctionalRow(code, entry.Name, row));
            reader.TableRow(row);
        }

        return rows;
    }

    /// <summary>The code of a cell written as text or as a number (2010301, "2010301", "201 03 01").</summary>
    public static string? Digits(SheetCell? cell)
    {
        if (cell is null)
        {
            return null;
        }

        if (cell.Number is { } number)
        {
            return number >= 0 && number < 1e9 && number == Math.Floor(number) ? ((long)number).ToString(CultureInfo.InvariantCulture) : cell.Display;
        }

        var text = Spaces().Replace(cell.Display, string.Empty);
        return text.Length == 0 ? null : text;
    }

    /// <summary>What makes a code that has digits no code: the characters that are not ASCII digits.</summary>
    private static string Malformed(string code)
    {
        var wrong = string.Concat(code.Where(c => !char.IsAsciiDigit(c)).Distinct());
        return wrong.All(char.IsDigit)
            ? $"其中的“{wrong}”是全角数字，应写半角数字"
            : $"其中的“{wrong}”不是数字";
    }

    private static string? Compose(TableLayout layout, int row, int[] split, ref string? lastClass, ref string? lastSection)
    {
        var parts = split.Select(c => c < 0 ? null : Digits(layout.Sheet.At(row, c))).ToArray();
        if (parts.All(p => p is null))
        {
            return null;
        }

        var (cls, sec, item) = (parts[0], parts[1], parts[2]);
        string code;
        if (cls is not null)
        {
            code = cls;
        }
        else if (sec is { Length: 5 } || item is { Length: 7 })
        {
            code = string.Empty;
        }
        else
        {
            code = (item is not null ? lastSection : lastClass) ?? string.Empty;
        }

        if (sec is not null)
        {
            code = sec.Length >= 5 ? sec : code[..Math.Min(code.Length, 3)] + sec.PadLeft(2, '0');
        }

        if (item is not null)
        {
            code = item.Length >= 7 ? item : code[..Math.Min(code.Length, 5)] + item.PadLeft(2, '0');
        }

        if (code.Length >= 3)
        {
            lastClass = code[..3];
        }

        if (code.Length >= 5)
        {
            lastSection = code[..5];
        }

        return code;
    }

    /// <summary>Names compare without spaces and with brackets of either width.</summary>
    private static bool SameName(string written, string official) => Key(written) == Key(official);

    private static string Key(string name) =>
        Spaces().Replace(name, string.Empty).Replace('（', '(').Replace('）', ')').Replace('“', '"').Replace('”', '"');

    [GeneratedRegex("[\\s\u3000]+")]
    private static partial Regex Spaces();

    [GeneratedRegex("^\\s*([0-9]{3}(?:[0-9]{2}){0,2})[\\s\u3000]+(.*)$")]
    private static partial Regex CodeInName();
}
