using Fincomp.Document;

namespace Fincomp.Writers.Docx;

/// <summary>
/// The headings the contents list (<see cref="ContentsOutline"/>) with the bookmark each carries, numbered in document
/// order, so that the heading writer and the contents writer name the same bookmark.
/// </summary>
internal static class ContentsEntries
{
    public static string Bookmark(int ordinal) => "_Toc" + (ordinal + 1).ToString("D4", System.Globalization.CultureInfo.InvariantCulture);

    public static IReadOnlyList<(Heading Heading, int Level, string Bookmark)> Of(IEnumerable<Block> blocks) =>
        ContentsOutline.Of(blocks).Select((e, i) => (e.Heading, e.Level, Bookmark(i))).ToList();
}
