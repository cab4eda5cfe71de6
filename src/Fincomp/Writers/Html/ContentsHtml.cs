using Fincomp.Document;

namespace Fincomp.Writers.Html;

/// <summary>
/// The table of contents at the top of the page: the headings <see cref="ContentsOutline"/> lists, each first-level
/// entry (a part) with the second-level ones under it (sections, report titles) nested in a second list. Links use the
/// same positional ids as the headings, so they cannot point at the wrong heading.
/// </summary>
internal static class ContentsHtml
{
    public static void Write(IReadOnlyList<Block> blocks, HtmlOutput output)
    {
        var entries = Entries(blocks).ToList();
        if (entries.Count == 0)
        {
            return;
        }

        output.Line("<nav class=\"contents\" aria-label=\"目录\">").Line("<h2>目录</h2>").Line("<ol>");
        var partOpen = false;
        var sectionsOpen = false;
        foreach (var (heading, level, id) in entries)
        {
            var link = $"<a href=\"#{id}\">{HtmlText.Encode(heading.Text.Replace('\n', ' '))}</a>";
            if (level == 1)
            {
                Close(output, ref partOpen, ref sectionsOpen);
                output.Line($"<li>{link}");
                partOpen = true;
            }
            else if (!partOpen)
            {
                output.Line($"<li>{link}</li>");
            }
            else
            {
                if (!sectionsOpen)
                {
                    output.Line("<ol>");
                    sectionsOpen = true;
                }

                output.Line($"<li>{link}</li>");
            }
        }

        Close(output, ref partOpen, ref sectionsOpen);
        output.Line("</ol>").Line("</nav>");
    }

    /// <summary>Ends the open Part entry and its list of sections, if any.</summary>
    private static void Close(HtmlOutput output, ref bool partOpen, ref bool sectionsOpen)
    {
        if (sectionsOpen)
        {
            output.Line("</ol>");
            sectionsOpen = false;
        }

        if (partOpen)
        {
            output.Line("</li>");
            partOpen = false;
        }
    }

    /// <summary>The listed headings with their levels and ids; the ids count every heading, as the writer does.</summary>
    private static IEnumerable<(Heading Heading, int Level, string Id)> Entries(IReadOnlyList<Block> blocks)
    {
        var ids = new Dictionary<Heading, string>(ReferenceEqualityComparer.Instance);
        foreach (var heading in blocks.OfType<Heading>())
        {
            ids.TryAdd(heading, HeadingIds.For(ids.Count));
        }

        return ContentsOutline.Of(blocks).Select(e => (e.Heading, e.Level, ids[e.Heading]));
    }
}
