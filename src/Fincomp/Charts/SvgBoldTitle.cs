using System.Globalization;

namespace Fincomp.Charts;

/// <summary>
/// Skia's SVG canvas writes text as &lt;text&gt; elements and drops the emboldening <see cref="BoldTitlePanel"/>
/// draws the PNG title with, so the SVG title is marked bold for the viewer instead. The title is the only text set at
/// <see cref="ChartGeometry.TitleSize"/>, which is how it is found.
/// </summary>
internal static class SvgBoldTitle
{
    private static readonly string TitleFontSize = $"font-size=\"{ChartGeometry.TitleSize.ToString(CultureInfo.InvariantCulture)}\"";

    public static string Apply(string svg) => svg.Replace(TitleFontSize, TitleFontSize + " font-weight=\"bold\"", StringComparison.Ordinal);
}
