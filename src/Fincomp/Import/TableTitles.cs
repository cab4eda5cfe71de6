using System.Text.RegularExpressions;
using Fincomp.Derivation;

namespace Fincomp.Import;

/// <summary>
/// Recognises which of the nine tables a sheet holds: by its title (the longest official title found in its first
/// rows, so that 收入支出决算总表 is not taken for 财政拨款收入支出决算总表), else by a sheet name such as 公开05表 or
/// 附表5. The titles are those of <see cref="StandardTableTitles"/>, without spaces and quotes as <see cref="Normalise"/>
/// compares them.
/// </summary>
internal static partial class TableTitles
{
    /// <summary>The nine titles as the tables print them (quotes kept).</summary>
    public static readonly IReadOnlyList<(TableKind Kind, string Title)> Printed =
    [
        (TableKind.IncomeExpenditureSummary, StandardTableTitles.IncomeExpenditureSummary),
        (TableKind.Income, StandardTableTitles.Income),
        (TableKind.Expenditure, StandardTableTitles.Expenditure),
        (TableKind.FiscalSummary, StandardTableTitles.FiscalSummary),
        (TableKind.GeneralBudgetExpenditure, StandardTableTitles.GeneralBudgetExpenditure),
        (TableKind.BasicExpenditure, StandardTableTitles.BasicExpenditure),
        (TableKind.ThreePublic, StandardTableTitles.ThreePublic),
        (TableKind.GovernmentFund, StandardTableTitles.GovernmentFund),
        (TableKind.StateCapital, StandardTableTitles.StateCapital),
    ];

    /// <summary>Other official titles of a table as printed: the Shanghai template's "三公" table has no 一般公共预算 in its title.</summary>
    public static readonly IReadOnlyList<(TableKind Kind, string Title)> PrintedVariants =
    [
        (TableKind.ThreePublic, StandardTableTitles.ThreePublicShanghai),
    ];

    public static readonly IReadOnlyList<(TableKind Kind, string Title)> All = [.. Printed.Select(t => (t.Kind, Normalise(t.Title)))];

    /// <summary>The titles of <see cref="PrintedVariants"/>, compared as <see cref="Normalise"/> writes them.</summary>
    public static readonly IReadOnlyList<(TableKind Kind, string Title)> Variants = [.. PrintedVariants.Select(t => (t.Kind, Normalise(t.Title)))];

    /// <summary>Rows searched for the title.</summary>
    public const int TitleRows = 6;

    public static string TitleOf(TableKind kind) => All.First(t => t.Kind == kind).Title;

    /// <summary>The table and the row its title is in (-1 when recognised by the sheet name only).</summary>
    public static (TableKind Kind, int TitleRow)? Recognise(Sheet sheet)
    {
        for (var row = 0; row < Math.Min(TitleRows, sheet.Rows.Count); row++)
        {
            foreach (var cell in sheet.Rows[row])
            {
                if (cell is { Text: { } text } && Match(Normalise(text)) is { } kind)
                {
                    return (kind, row);
                }
            }
        }

        var number = SheetNumber().Match(sheet.Name);
        return number.Success && (TableKind)int.Parse(number.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) is var numbered && Enum.IsDefined(numbered)
            ? (numbered, -1)
            : null;
    }

    /// <summary>Text without spaces and quotes, so 一般公共预算财政拨款“三公”经费支出决算表 matches.</summary>
    public static string Normalise(string text) =>
        Regex.Replace(text, "[\\s\u3000\"“”'‘’「」]", string.Empty);

    private static TableKind? Match(string text)
    {
        var found = All.Concat(Variants).Where(t => text.Contains(t.Title, StringComparison.Ordinal)).ToList();
        if (found.Count == 0)
        {
            return null;
        }

        var best = found.MaxBy(t => t.Title.Length);
        // A title cell is short; a note that mentions a table ("注：本表…") is not a title.
        return text.Length <= best.Title.Length + 40 && !text.StartsWith('注') && !text.StartsWith("说明", StringComparison.Ordinal)
            ? best.Kind
            : null;
    }

    [GeneratedRegex("^(?:公开|附表|表|财决公开)?0?([1-9])(?:表)?$")]
    private static partial Regex SheetNumber();
}
