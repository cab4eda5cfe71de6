using System.Text.RegularExpressions;
using Fincomp.Document;

namespace Fincomp.Audit;

/// <summary>
/// Hand-typed reports write figures in forms a generated one never does: full-width ("８３７．４４万元", "占６.６４％")
/// and with spaces ("848 万元", "848. 50万元", "1 234.56", "占 6.64%"). The audit reads them as the figures they are:
/// every full-width digit, "．" and "％" is mapped to its ASCII form, and the spaces inside a figure, between a figure
/// and its unit, and between a word and a figure with a unit are dropped. A table cell whose text is a number once its
/// spaces are gone (" 7 7 3.13 ") is read as that number, as the import reads it. Quotes show the figures so read; a
/// quote's place in the printed text is found again with <see cref="OriginalOffset"/>.
/// </summary>
internal static partial class HandTypedFigures
{
    /// <summary>The spaces a figure may be typed with: ordinary, no-break, ideographic and the thin ones.</summary>
    private const string Space = @"[ \u00A0\u2002-\u200D\u202F\u3000\uFEFF\u00AD]";

    /// <summary>
    /// Characters that print nothing (zero-width space and joiners, byte order mark, soft hyphen): one inside a figure
    /// ("占4\u200B1.72%") splits it for a search but not for a reader, so the figure is read without it.
    /// </summary>
    [GeneratedRegex(@"(?<=[\d.])[\u00AD\u200B-\u200D\uFEFF]+(?=[\d.])")]
    private static partial Regex InvisibleInFigure();

    /// <summary>The units an amount, share or count is written with.</summary>
    private const string Unit = "(?:万元|亿元|千元|元|%|个|人|名|项|家|辆|次|分|倍|年|月|日|天)";

    /// <summary>Thousands grouped by spaces: "1 234.56", "12 345 678".</summary>
    [GeneratedRegex(@"(?<![\d.,])\d{1,3}(?:" + Space + @"+\d{3})+(?!\d)")]
    private static partial Regex GroupedThousands();

    /// <summary>Spaces on either side of a decimal point of an amount or share: "848. 50万元", "6 .64%", a cell's "848. 50".</summary>
    [GeneratedRegex(@"(?<=\d)" + Space + @"*\." + Space + @"*(?=\d{1,2}" + Space + @"*(?:万元|亿元|千元|元|%|$))")]
    private static partial Regex SpacedPoint();

    /// <summary>Spaces between a figure and its unit: "848 万元", "6.64 %", "下设6 个".</summary>
    [GeneratedRegex(@"(?<=\d)" + Space + "+(?=" + Unit + ")")]
    private static partial Regex SpacedUnit();

    /// <summary>Spaces between a word and a figure with a unit: "占 6.64%", "下设 6个", "支出 848万元" (not "表 1 收入…").</summary>
    [GeneratedRegex(@"(?<=[\p{IsCJKUnifiedIdeographs}：:])" + Space + @"+(?=\d[\d,.]*" + Unit + ")")]
    private static partial Regex SpacedLead();

    /// <summary>The same document with its figures read as figures (block for block, so every block index stays).</summary>
    public static ReportDocument Normalise(ReportDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (!document.Blocks.Any(NeedsReading))
        {
            return document;
        }

        return new ReportDocument(document.Title, document.Blocks.Select(Normalise).ToList());
    }

    /// <summary><paramref name="text"/> with full-width figures as ASCII and the spaces of its figures dropped.</summary>
    public static string Normalise(string text)
    {
        var ascii = text.Any(IsFullWidth) ? Ascii(text) : text;
        if (ascii.Any(IsInvisible))
        {
            ascii = InvisibleInFigure().Replace(ascii, string.Empty);
        }

        if (!HasSpacedFigure(ascii))
        {
            return ascii;
        }

        var joined = GroupedThousands().Replace(ascii, match => WithoutSpaces(match.Value));
        joined = SpacedPoint().Replace(joined, ".");
        joined = SpacedUnit().Replace(joined, string.Empty);
        return SpacedLead().Replace(joined, string.Empty);
    }

    /// <summary>
    /// Where <paramref name="offset"/> of <c>Normalise(original)</c> falls in <paramref name="original"/>: reading
    /// only maps characters one for one and drops spaces, so the two are walked together, a space of the original
    /// that the reading lacks being skipped.
    /// </summary>
    public static int OriginalOffset(string original, int offset)
    {
        ArgumentNullException.ThrowIfNull(original);
        var read = Normalise(original);
        var i = 0;
        for (var j = 0; j < offset && j < read.Length && i < original.Length; i++)
        {
            if (Ascii(original[i]) == read[j])
            {
                j++;
            }
        }

        // Spaces dropped right at the offset belong before the quoted text.
        while (i < original.Length && offset < read.Length && Ascii(original[i]) != read[offset])
        {
            i++;
        }

        return i;
    }

    /// <summary>A table cell's text: the number it holds once its spaces are dropped, else its text read as any other.</summary>
    private static string Cell(string text)
    {
        var ascii = Normalise(text);
        var compact = WithoutSpaces(ascii);
        return compact.Length != ascii.Length && compact.Length > 0 && PrintedNumber.TryParse(compact, out _) ? compact : ascii;
    }

    private static string WithoutSpaces(string text) => string.Concat(text.Where(c => !IsSpace(c)));

    private static bool IsSpace(char c) => c is ' ' or '\u00A0' or (>= '\u2002' and <= '\u200A') or '\u202F' or '\u3000' || IsInvisible(c);

    private static bool IsInvisible(char c) => c is '\u00AD' or (>= '\u200B' and <= '\u200D') or '\uFEFF';

    private static bool IsFullWidth(char c) => c is (>= '０' and <= '９') or '．' or '％';

    private static char Ascii(char c) => c is >= '０' and <= '９' ? (char)(c - '０' + '0') : c == '．' ? '.' : c == '％' ? '%' : c;

    private static string Ascii(string text) =>
        string.Create(text.Length, text, static (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                span[i] = Ascii(source[i]);
            }
        });

    /// <summary>Whether a space stands next to a digit or a point: only then can a figure hold one.</summary>
    private static bool HasSpacedFigure(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (IsSpace(text[i]) && ((i > 0 && (char.IsAsciiDigit(text[i - 1]) || text[i - 1] == '.')) || (i + 1 < text.Length && (char.IsAsciiDigit(text[i + 1]) || text[i + 1] == '.'))))
            {
                return true;
            }
        }

        return false;
    }

    private static bool NeedsReading(string text) => text.Any(IsFullWidth) || HasSpacedFigure(text);

    private static bool NeedsReading(Block block) => block switch
    {
        Paragraph paragraph => NeedsReading(paragraph.Text),
        Heading heading => NeedsReading(heading.Text),
        Table table => NeedsReading(table.Title ?? string.Empty) || table.Rows.Any(r => r.Cells.Any(c => NeedsReading(c.Text))),
        _ => false,
    };

    private static Block Normalise(Block block) => block switch
    {
        Paragraph paragraph => ReadParagraph(paragraph),
        Heading heading => heading with { Text = Normalise(heading.Text) },
        Table table => table with
        {
            Title = table.Title is null ? null : Normalise(table.Title),
            Rows = table.Rows.Select(r => r with { Cells = r.Cells.Select(c => c with { Text = Cell(c.Text) }).ToList() }).ToList(),
        },
        _ => block,
    };

    /// <summary>
    /// A paragraph read as one text: a figure may be split over runs ("848" and " 万元" in two formats), so the runs
    /// are joined into one, which is all the audit reads of them.
    /// </summary>
    private static Paragraph ReadParagraph(Paragraph paragraph)
    {
        var read = Normalise(paragraph.Text);
        return read == paragraph.Text ? paragraph : paragraph with { Runs = [new Run(read)] };
    }
}
