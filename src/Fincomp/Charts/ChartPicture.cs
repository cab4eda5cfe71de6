namespace Fincomp.Charts;

/// <summary>
/// A figure drawn for a Word document: the PNG and its pixel size, so the writer can scale it to the page. The build
/// path needs nothing else, so it skips drawing the SVG that <see cref="RenderedChart"/> also carries.
/// </summary>
public sealed record ChartPicture(byte[] Png, int PixelWidth, int PixelHeight);
