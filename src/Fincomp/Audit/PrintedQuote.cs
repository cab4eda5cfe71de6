using System.Text;
using System.Text.RegularExpressions;
using Fincomp.Document;

namespace Fincomp.Audit;

/// <summary>
/// A finding's quote as the document prints it. The rules read a normalised text (full-width figures as ASCII, the
/// spaces inside figures dropped), so their quotes can differ from what is on the page and a search in Word or a PDF
/// reader would not find them: the quote is looked for in the block's own text with those differences — and white
/// space and the forms of quotation marks — ignored, and the characters found there are printed instead. Only a line
/// break (cell paragraphs, a title set over two lines) is shown as a space, since no search box takes one.
/// </summary>
internal static partial class PrintedQuote
{
    /// <summary>The printed characters of <paramref name="place"/>'s quote, or the quote itself when they are not found.</summary>
    public static string Of(ReportDocument document, AuditPlace place)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(place);
        if (place.Quote.Length == 0 || place.BlockIndex < 0 || place.BlockIndex >= document.Blocks.Count)
        {
            return place.Quote;
        }

        var key = Fold(place.Quote, out _);
        if (key.Length == 0)
        {
            return place.Quote;
        }

        foreach (var text in Texts(document.Blocks[place.BlockIndex], place.Row))
        {
            var folded = Fold(text, out var origins);
            var at = folded.IndexOf(key, StringComparison.Ordinal);
            if (at >= 0)
            {
                return OneLine(text[origins[at]..(origins[at + key.Length - 1] + 1)]);
            }
        }

        return place.Quote;
    }

    /// <summary>
    /// <paramref name="message"/> with each text it quotes (“…”) from <paramref name="place"/>'s block as the block
    /// prints it; a quote of anything else (the unit data, a figure computed) is left as it is.
    /// </summary>
    public static string InMessage(ReportDocument document, AuditPlace place, string message)
    {
        ArgumentNullException.ThrowIfNull(message);
        return Quoted().Replace(message, match =>
        {
            var printed = Of(document, place with { Quote = match.Groups["text"].Value });
            return $"“{printed}”";
        });
    }

    [GeneratedRegex("“(?<text>[^“”]+)”")]
    private static partial Regex Quoted();

    /// <summary>The texts of a block the quote may come from: a table's row first, then its title, then every cell.</summary>
    private static IEnumerable<string> Texts(Block block, int? row)
    {
        switch (block)
        {
            case Paragraph paragraph:
                yield return paragraph.Text;
                break;
            case Heading heading:
                yield return heading.Text;
                break;
            case Table table:
                if (row is { } r && r >= 1 && r <= table.Rows.Count)
                {
                    foreach (var cell in table.Rows[r - 1].Cells)
                    {
                        yield return cell.Text;
                    }
                }

                if (table.Title is { } title)
                {
                    yield return title;
                }

                foreach (var cell in table.Rows.SelectMany(r => r.Cells))
                {
                    yield return cell.Text;
                }

                break;
        }
    }

    /// <summary><paramref name="text"/> without white space, its figures and quotation marks in one form; <paramref name="origins"/> maps each character back.</summary>
    private static string Fold(string text, out List<int> origins)
    {
        var folded = new StringBuilder(text.Length);
        origins = new List<int>(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c) || c is '\u200B' or '\uFEFF')
            {
                continue;
            }

            folded.Append(c switch
            {
                >= '０' and <= '９' => (char)(c - '０' + '0'),
                '．' => '.',
                '％' => '%',
                '“' or '”' or '„' or '＂' or '"' => '"',
                '‘' or '’' or '‚' or '＇' or '\'' => '\'',
                _ => c,
            });
            origins.Add(i);
        }

        return folded.ToString();
    }

    private static string OneLine(string text) =>
        text.Contains('\n', StringComparison.Ordinal) || text.Contains('\r', StringComparison.Ordinal) || text.Contains('\t', StringComparison.Ordinal)
            ? string.Join(' ', text.Split(['\r', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            : text;
}
