using Fincomp.Document;

namespace Fincomp.Writers.Docx;

/// <summary>
/// The headings the contents list (parts and sections) with the bookmark each carries, numbered in document order so
/// that the heading writer and the contents writer name the same bookmark without sharing state.
/// </summary>
internal static class ContentsEntries
{
    public static bool IsListed(Heading heading) => heading.Level is HeadingLevel.Part or HeadingLevel.Section;

    public static string Bookmark(int ordinal) => "_Toc" + (ordinal + 1).ToString("D4", System.Globalization.CultureInfo.InvariantCulture);

    public static IReadOnlyList<(Heading Heading, string Bookmark)> Of(IEnumerable<Block> blocks) =>
        blocks.OfType<Heading>().Where(IsListed).Select((h, i) => (h, Bookmark(i))).ToList();
}
