using DocumentFormat.OpenXml.Packaging;
using Fincomp.Document;

namespace Fincomp.Writers.Docx;

/// <summary>
/// What the block writers share while one document is written: the main part (for images), the counter that gives
/// pictures their relationship and docPr ids in document order, so that ids are the same on every run, and the
/// contents entries, so a listed heading carries the bookmark and level its entry names.
/// </summary>
internal sealed class WriteContext(MainDocumentPart main, int textWidth, IReadOnlyList<(Heading Heading, int Level, string Bookmark)> contents)
{
    private readonly Dictionary<Heading, (int Ordinal, int Level, string Bookmark)> _listed = Listed(contents);

    private int _pictures;

    public MainDocumentPart Main { get; } = main;

    /// <summary>The width of the text block in twentieths of a point.</summary>
    public int TextWidth { get; } = textWidth;

    /// <summary>The next picture number, 1-based; used for both the image part id and the drawing's docPr id.</summary>
    public int NextPicture() => ++_pictures;

    /// <summary>The contents entry of <paramref name="heading"/> (this very heading, not an equal one), if it is listed.</summary>
    public (int Ordinal, int Level, string Bookmark)? ContentsEntry(Heading heading) =>
        _listed.TryGetValue(heading, out var entry) ? entry : null;

    private static Dictionary<Heading, (int Ordinal, int Level, string Bookmark)> Listed(IReadOnlyList<(Heading Heading, int Level, string Bookmark)> contents)
    {
        var listed = new Dictionary<Heading, (int Ordinal, int Level, string Bookmark)>(ReferenceEqualityComparer.Instance);
        for (var i = 0; i < contents.Count; i++)
        {
            listed.Add(contents[i].Heading, (i, contents[i].Level, contents[i].Bookmark));
        }

        return listed;
    }
}
