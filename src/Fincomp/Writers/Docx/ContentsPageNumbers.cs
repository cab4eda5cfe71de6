using Fincomp.Document;

namespace Fincomp.Writers.Docx;

/// <summary>
/// The page numbers of the contents' entries, read from the contents a layout engine (LibreOffice) built for the same
/// document: one line per entry, its text, a tab, its page number. They are taken only when the lines list exactly the
/// entries the document's contents has, in the same order; otherwise there are none, because a contents with no page
/// numbers (which Word fills on opening) is better than one with wrong ones.
/// </summary>
public static class ContentsPageNumbers
{
    /// <summary>The page number of each of <paramref name="document"/>'s contents entries, or null when the lines do not match them.</summary>
    public static IReadOnlyList<string>? Match(ReportDocument document, IReadOnlyList<string> lines)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(lines);
        var entries = ContentsEntries.Of(document.Blocks);
        var parsed = lines.Select(Parse).Where(l => l is not null).Select(l => l!.Value).ToList();
        if (entries.Count == 0 || parsed.Count != entries.Count)
        {
            return null;
        }

        for (var i = 0; i < entries.Count; i++)
        {
            if (Squeeze(entries[i].Heading.Text) != Squeeze(parsed[i].Text))
            {
                return null;
            }
        }

        return parsed.Select(l => l.Page).ToList();
    }

    /// <summary>"text TAB 12": the text and the page number; null for a line that is no entry (a title, an empty line).</summary>
    private static (string Text, string Page)? Parse(string line)
    {
        var tab = line.LastIndexOf('\t');
        if (tab < 0)
        {
            return null;
        }

        var page = line[(tab + 1)..].Trim();
        return page.Length is > 0 and <= 5 && page.All(char.IsAsciiDigit) ? (line[..tab], page) : null;
    }

    private static string Squeeze(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
}
