using DocumentFormat.OpenXml.Packaging;

namespace Fincomp.Writers.Docx;

/// <summary>
/// What the block writers share while one document is written: the main part (for images) and the counters that
/// give pictures their relationship and docPr ids in document order, so that ids are the same on every run.
/// </summary>
internal sealed class WriteContext(MainDocumentPart main, int textWidth)
{
    private int _pictures;
    private int _listedHeadings;

    public MainDocumentPart Main { get; } = main;

    /// <summary>The width of the text block in twentieths of a point.</summary>
    public int TextWidth { get; } = textWidth;

    /// <summary>The next picture number, 1-based; used for both the image part id and the drawing's docPr id.</summary>
    public int NextPicture() => ++_pictures;

    /// <summary>The 0-based ordinal of the next heading the contents list, which names its bookmark.</summary>
    public int NextListedHeading() => _listedHeadings++;
}
