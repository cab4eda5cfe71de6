using System.Globalization;
using Fincomp.Document;

namespace Fincomp.Writers.Html;

/// <summary>
/// A chart embedded in the page as a <c>data:image/png;base64,</c> URI, so the page is one file that makes no
/// request; the caption is both the alt text (read aloud, shown if the picture fails) and the visible figcaption.
/// The pixel size goes in width/height so the browser reserves the space before decoding; CSS scales it down.
/// </summary>
internal static class FigureHtml
{
    public static void Write(Figure figure, HtmlOutput output)
    {
        var size = figure is { PixelWidth: > 0, PixelHeight: > 0 }
            ? string.Create(CultureInfo.InvariantCulture, $" width=\"{figure.PixelWidth}\" height=\"{figure.PixelHeight}\"")
            : string.Empty;
        output.Line("<figure class=\"chart\">")
            .Line($"<img src=\"data:image/png;base64,{Convert.ToBase64String(figure.Png)}\" alt=\"{HtmlText.Attribute(figure.Caption)}\"{size}>")
            .Line($"<figcaption>{HtmlText.Encode(figure.Caption)}</figcaption>")
            .Line("</figure>");
    }
}
