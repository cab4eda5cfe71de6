using ScottPlot;
using ScottPlot.Panels;

namespace Fincomp.Charts;

/// <summary>
/// The chart title in a bold face drawn from the regular one. ScottPlot asks the font resolver for a bold typeface,
/// but the shipped font (and most <c>--chart-font</c> files) has a regular face only, so <c>Bold</c> alone printed
/// the title regular. Skia can embolden any typeface as it draws (<c>SKFont.Embolden</c>); ScottPlot's own title panel
/// draws with a paint it creates itself, so this panel takes its place: it lays out exactly like the title panel it
/// wraps (same label, same size and position) and only draws with an emboldening paint.
/// </summary>
internal sealed class BoldTitlePanel(TitlePanel title) : IPanel
{
    public bool IsVisible { get; set; } = true;

    public Edge Edge => title.Edge;

    public bool ShowDebugInformation { get; set; }

    public float MinimumSize { get; set; }

    public float MaximumSize { get; set; } = float.MaxValue;

    /// <summary>Whether the title is drawn emboldened; off gives the face as it is.</summary>
    public bool Bold { get; set; } = true;

    /// <summary>The label drawn: text, font, size and colour of the wrapped title.</summary>
    public LabelStyle Label => title.Label;

    public float Measure(Paint paint)
    {
        ArgumentNullException.ThrowIfNull(paint);
        return IsVisible && !string.IsNullOrWhiteSpace(Label.Text) ? Label.Measure(Label.Text, paint).Height + title.VerticalPadding : 0;
    }

    public PixelRect GetPanelRect(PixelRect dataRect, float size, float offset, Paint paint) =>
        new(left: dataRect.Left, right: dataRect.Right, bottom: dataRect.Top - offset, top: dataRect.Top - offset - size);

    public void Render(RenderPack rp, float size, float offset)
    {
        ArgumentNullException.ThrowIfNull(rp);
        if (!IsVisible)
        {
            return;
        }

        using var paint = Paint.NewDisposablePaint();
        paint.SKFont.Embolden = Bold;
        var rect = GetPanelRect(rp.DataRect, size, offset, paint);
        Label.Render(rp.Canvas, new Pixel(rect.HorizontalCenter, rect.Bottom), paint);
    }
}
