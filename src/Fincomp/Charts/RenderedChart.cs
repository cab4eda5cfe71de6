namespace Fincomp.Charts;

/// <summary>
/// One drawn figure: the PNG the Word document embeds (with its pixel size, so the writer can scale it to the page)
/// and an SVG of the same plot for the website and slides.
/// </summary>
public sealed record RenderedChart(byte[] Png, int PixelWidth, int PixelHeight, string Svg);
