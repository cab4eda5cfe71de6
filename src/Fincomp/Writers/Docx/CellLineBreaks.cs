namespace Fincomp.Writers.Docx;

/// <summary>
/// Keeps a table cell's text from wrapping a lone character onto its last line (本年收入合/计, 其他民族事务支/出): where
/// the text would wrap that way, a line break a character or two earlier gives the last line two or three characters
/// (本年收入/合计). Only text of full-width characters is broken, as each is one em wide in every CJK face, so the
/// lines are known without laying the text out: a line holds whole characters, never ends with an opening bracket and
/// never starts with a closing mark (the rule by which LibreOffice and Word wrap 政府办公厅（室） as 政府办公厅/（室）).
/// </summary>
internal static class CellLineBreaks
{
    private const string Openers = "（《“‘【〔［｛「『";
    private const string Closers = "）》”’】〕］｝」』，。、；：！？…";

    /// <summary><paramref name="text"/>, with a '\n' where it keeps a lone character off the last line; unchanged otherwise.</summary>
    public static string Balance(string text, int textWidth, int em)
    {
        var perLine = textWidth / em;
        if (perLine < 3 || text.Length <= perLine || text.Any(c => c < 0x2E80 || c > 0xFFEF) || Wrap(text, perLine)[^1] > 1)
        {
            return text;
        }

        foreach (var tail in new[] { 2, 3 })
        {
            var head = text[..^tail];
            if (Wrap(head, perLine).All(n => n > 1) && Wrap(text[^tail..], perLine).All(n => n > 1) && !Closers.Contains(text[^tail], StringComparison.Ordinal))
            {
                return head + "\n" + text[^tail..];
            }
        }

        return text;
    }

    /// <summary>The number of characters on each line of <paramref name="text"/> wrapped at <paramref name="perLine"/>.</summary>
    private static List<int> Wrap(string text, int perLine)
    {
        var lines = new List<int>();
        var start = 0;
        while (text.Length - start > perLine)
        {
            var end = start + perLine;
            while (end > start + 1 && (Closers.Contains(text[end], StringComparison.Ordinal) || Openers.Contains(text[end - 1], StringComparison.Ordinal)))
            {
                end--;
            }

            lines.Add(end - start);
            start = end;
        }

        lines.Add(text.Length - start);
        return lines;
    }
}
