namespace Fincomp.Charts;

/// <summary>
/// Picture size and type sizes. 1181 px is 15 cm at 200 dpi, the width of the A4 text block the figure sits in; type
/// sizes are chosen so that printed at that width they read like 10–12 pt body text.
/// </summary>
internal static class ChartGeometry
{
    public const int Width = 1181;
    public const int Height = 760;
    public const float TitleSize = 40;
    public const float LabelSize = 30;
    public const float LegendSize = 28;
    public const float TickSize = 28;
}
