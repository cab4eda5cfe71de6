using DocumentFormat.OpenXml.Wordprocessing;

namespace Fincomp.Writers.Docx;

/// <summary>
/// A4 with the GB/T 9704 margins: top 37 mm, bottom 35 mm, binding side 28 mm, other side 26 mm, which leaves the
/// 156 × 225 mm text block. Lengths are in twentieths of a point (1 mm ≈ 56.7).
/// </summary>
internal static class PageSetup
{
    public const int PageWidth = 11906;
    public const int PageHeight = 16838;
    public const int Top = 2098;
    public const int Bottom = 1984;
    public const int Left = 1587;
    public const int Right = 1474;

    /// <summary>The default section: A4 portrait with the margins above and the footer 28 mm from the page edge.</summary>
    public static SectionProperties Default() => new(
        new PageSize { Width = PageWidth, Height = PageHeight },
        new PageMargin { Top = Top, Bottom = Bottom, Left = (uint)Left, Right = (uint)Right, Header = 851U, Footer = 1134U, Gutter = 0U });

    /// <summary>The text width of a section, the width tables and figures are scaled to.</summary>
    public static int TextWidth(SectionProperties section)
    {
        var size = section.GetFirstChild<PageSize>();
        var margin = section.GetFirstChild<PageMargin>();
        var width = (int)(size?.Width?.Value ?? PageWidth);
        var left = (int)(margin?.Left?.Value ?? (uint)Left);
        var right = (int)(margin?.Right?.Value ?? (uint)Right);
        return Math.Max(width - left - right, 1440);
    }
}
