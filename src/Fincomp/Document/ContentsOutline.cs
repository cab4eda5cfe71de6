namespace Fincomp.Document;

/// <summary>
/// Which headings the contents (目录) list, and at which of its two levels: the parts (第一部分 …) at the first, the
/// sections (一、…) and the titles of the reports an attachments part carries (the performance self-evaluation
/// reports, titled like the document but standing after the first part) at the second. The one place that decides
/// this, so the Word contents, its bookmarks and outline levels, and the web page's contents list the same headings.
/// </summary>
internal static class ContentsOutline
{
    /// <summary>The listed headings of <paramref name="blocks"/> in document order, each with its contents level (1 or 2).</summary>
    public static IReadOnlyList<(Heading Heading, int Level)> Of(IEnumerable<Block> blocks)
    {
        ArgumentNullException.ThrowIfNull(blocks);
        var entries = new List<(Heading, int)>();
        var inParts = false;
        foreach (var heading in blocks.OfType<Heading>())
        {
            inParts |= heading.Level == HeadingLevel.Part;
            switch (heading.Level)
            {
                case HeadingLevel.Part:
                    entries.Add((heading, 1));
                    break;
                case HeadingLevel.Section:
                case HeadingLevel.Title when inParts:
                    entries.Add((heading, 2));
                    break;
            }
        }

        return entries;
    }
}
