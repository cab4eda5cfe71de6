using UglyToad.PdfPig.Content;

namespace Fincomp.Audit.Reading;

/// <summary>
/// The first piece of a printed line that a line breaker keeps whole: one Chinese character, or a run of Latin letters
/// and digits ("92.32%"), with an opening bracket before it ("（01）") and the punctuation that may not start a line
/// after it ("，", "）", "；"). A line inside a paragraph stops short of the right edge only by less than the next
/// line's first piece — it did not fit — whatever the alignment, so its width tells a wrapped line from a paragraph's end.
/// </summary>
internal static class PdfLineLead
{
    /// <summary>Marks that stay with the text after them: a line cannot end on one.</summary>
    private const string Opening = "（([【〔《〈「『“‘";

    /// <summary>Marks that stay with the text before them: a line cannot start with one.</summary>
    private const string Closing = "）)]】〕》〉」』”’，,。.、；;：:？?！!%％‰…·";

    /// <summary>The printed width of the line's first unbreakable piece; <paramref name="line"/> is left to right.</summary>
    public static double Width(List<Letter> line)
    {
        var letters = line.Where(l => !string.IsNullOrWhiteSpace(l.Value)).ToList();
        if (letters.Count == 0)
        {
            return 0;
        }

        var i = 0;
        while (i < letters.Count - 1 && Opening.Contains(letters[i].Value[0], StringComparison.Ordinal))
        {
            i++;
        }

        if (IsWordCharacter(letters[i].Value[0]))
        {
            while (i + 1 < letters.Count && (IsWordCharacter(letters[i + 1].Value[0])
                || (letters[i + 1].Value[0] is '.' or ',' or '-' && i + 2 < letters.Count && char.IsAsciiDigit(letters[i + 2].Value[0]))))
            {
                i++;
            }
        }

        while (i + 1 < letters.Count && Closing.Contains(letters[i + 1].Value[0], StringComparison.Ordinal))
        {
            i++;
        }

        return letters[i].EndBaseLine.X - letters[0].StartBaseLine.X;
    }

    /// <summary>A letter of a Latin word or a figure (its decimal point, thousands comma or hyphen are taken with the digit after them).</summary>
    private static bool IsWordCharacter(char c) => char.IsAsciiLetterOrDigit(c);
}
