using Fincomp.Document;

namespace Fincomp.Audit;

/// <summary>
/// Hand-typed reports mix full-width figures in ("８３７．４４万元", "占６.６４％"). The audit reads them as the figures
/// they are: every full-width digit, "．" and "％" is mapped to its ASCII form, one character for one, so every
/// position and quote of the document stays where it was.
/// </summary>
internal static class FullWidthDigits
{
    /// <summary>The same document with its full-width digits, points and percent signs read as ASCII.</summary>
    public static ReportDocument Normalise(ReportDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (!document.Blocks.Any(HasFullWidth))
        {
            return document;
        }

        return new ReportDocument(document.Title, document.Blocks.Select(Normalise).ToList());
    }

    /// <summary><paramref name="text"/> with full-width digits, "．" and "％" as ASCII; the length is unchanged.</summary>
    public static string Normalise(string text)
    {
        if (!text.Any(IsFullWidth))
        {
            return text;
        }

        return string.Create(text.Length, text, static (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                var c = source[i];
                span[i] = c is >= '０' and <= '９' ? (char)(c - '０' + '0') : c == '．' ? '.' : c == '％' ? '%' : c;
            }
        });
    }

    private static bool IsFullWidth(char c) => c is (>= '０' and <= '９') or '．' or '％';

    private static bool HasFullWidth(Block block) => block switch
    {
        Paragraph paragraph => paragraph.Text.Any(IsFullWidth),
        Heading heading => heading.Text.Any(IsFullWidth),
        Table table => (table.Title ?? string.Empty).Any(IsFullWidth) || table.Rows.Any(r => r.Cells.Any(c => c.Text.Any(IsFullWidth))),
        _ => false,
    };

    private static Block Normalise(Block block) => block switch
    {
        Paragraph paragraph => paragraph with { Runs = paragraph.Runs.Select(r => r with { Text = Normalise(r.Text) }).ToList() },
        Heading heading => heading with { Text = Normalise(heading.Text) },
        Table table => table with
        {
            Title = table.Title is null ? null : Normalise(table.Title),
            Rows = table.Rows.Select(r => r with { Cells = r.Cells.Select(c => c with { Text = Normalise(c.Text) }).ToList() }).ToList(),
        },
        _ => block,
    };
}
