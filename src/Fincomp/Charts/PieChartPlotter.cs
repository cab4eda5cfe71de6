using Fincomp.Derivation;
using Fincomp.Model;
using ScottPlot;

namespace Fincomp.Charts;

/// <summary>
/// Draws a structure: slices anticlockwise in the order the text lists the parts, the first thin one at twelve
/// o'clock (<see cref="PieLabelLayout.StartShare"/>), the percentage on each slice (outside with a leader line when
/// the slice is too thin, in legend order down the left), and a legend giving each part's name, amount
/// and percentage, so that a thin slice's outside label can be matched to its part by the number.
/// The pie sits on the left of a fixed-size canvas so that label positions in pie units map to known pixels.
/// </summary>
internal static class PieChartPlotter
{
    private const float PadLeft = 20;
    private const float PadRight = 20;
    private const float PadTop = 90;
    private const float PadBottom = 20;

    /// <summary>Pixels per pie unit (the radius).</summary>
    private const double Scale = 200;

    /// <summary>Where the pie's centre sits, in pixels from the left of the data area.</summary>
    private const double CentreX = 350;

    public static void Draw(Plot plot, ChartSpec spec, string font)
    {
        var points = PieGrouping.Group(spec.Series[0].Points);
        var total = points.Sum(p => p.Value);
        // The text's wording of a share against the text's whole, so that a slice below the whole never reads 100% nor a
        // printed one 0%, and each slice reads the share the text states.
        var wording = new Wording(TextAmountStyle.Trimmed);
        var whole = spec.Whole ?? total;
        var percents = points.Select(point => (wording.Share(point.Value, whole) ?? "0") + "%").ToList();
        var legend = points.Select((point, i) => point.Label + "  " + Display.TextAmount(point.Value) + "万元  " + percents[i]).ToList();
        // ScottPlot draws slices clockwise: given in reverse they run anticlockwise; the legend keeps the text's order.
        var slices = points.Select((point, i) => new PieSlice { Value = (double)point.Value, Fill = ChartPalette.SliceFill(i) }).Reverse().ToList();
        var shares = points.Select(p => (double)(p.Value / total)).ToList();
        var pie = plot.Add.Pie(slices);
        // Skia's angles run clockwise from three o'clock: -90° is twelve o'clock, turned by the layout's share. ScottPlot
        // draws a wrong wedge for a start beyond 180°, so the angle is kept within -270°…90°.
        var turn = PieLabelLayout.StartShare(shares) * 360;
        pie.Rotation = Angle.FromDegrees(-90 + turn - (turn > 180 ? 360 : 0));
        pie.LineColor = Colors.White;
        pie.LineWidth = 2;
        pie.ManageAxisLimits = false;
        for (var i = 0; i < points.Count; i++)
        {
            plot.Legend.ManualItems.Add(new LegendItem { LabelText = legend[i], FillStyle = ChartPalette.SliceFill(i) });
        }

        var lineHeight = ChartGeometry.LabelSize * 1.25 / Scale;
        var dataHeight = ChartGeometry.Height - PadTop - PadBottom;
        var limit = dataHeight / 2.0 / Scale - lineHeight / 2;
        var labels = PieLabelLayout.Place(shares, lineHeight, limit);
        for (var i = 0; i < points.Count; i++)
        {
            AddLabel(plot, labels[i], percents[i], font, labels[i].Inside && ChartPalette.IsDark(i));
        }

        plot.Layout.Fixed(new PixelPadding(PadLeft, PadRight, PadBottom, PadTop));
        var dataWidth = ChartGeometry.Width - PadLeft - PadRight;
        plot.Axes.SetLimits(-CentreX / Scale, (dataWidth - CentreX) / Scale, -dataHeight / 2.0 / Scale, dataHeight / 2.0 / Scale);
        foreach (var axis in new ScottPlot.IAxis[] { plot.Axes.Left, plot.Axes.Right, plot.Axes.Bottom, plot.Axes.Top })
        {
            axis.IsVisible = false;
        }

        plot.HideGrid();
        plot.Legend.Alignment = Alignment.MiddleRight;
        plot.Legend.FontSize = LegendSize(legend, labels, percents, font);
    }

    /// <summary>Where the legend's longest line ends, in pixels: the data area's right edge less the legend's frame and padding.</summary>
    private const double LegendTextRight = 1138;

    /// <summary>What the legend puts left of its text (frame, padding, colour swatch), plus a clear margin, in pixels.</summary>
    private const double LegendLeadIn = 55;

    /// <summary>
    /// The legend's type size: the usual size when its longest line fits between the labels right of the pie and the
    /// picture's edge, smaller when long names or amounts would push the legend over those labels (MiddleRight grows
    /// the legend leftwards from the edge). Measured with the face the chart is drawn in.
    /// </summary>
    private static float LegendSize(IReadOnlyList<string> legend, IReadOnlyList<PieLabel> labels, IReadOnlyList<string> percents, string font)
    {
        using var measure = new SkiaSharp.SKFont(ChartFonts.Typeface(font), ChartGeometry.LabelSize);
        var rightmost = PadLeft + CentreX + Scale;
        for (var i = 0; i < labels.Count; i++)
        {
            if (labels[i].RightSide && !labels[i].Inside)
            {
                rightmost = Math.Max(rightmost, PadLeft + CentreX + labels[i].X * Scale + measure.MeasureText(percents[i]));
            }
        }

        measure.Size = ChartGeometry.LegendSize;
        var longest = legend.Max(line => measure.MeasureText(line));
        var room = LegendTextRight - LegendLeadIn - rightmost;
        return longest <= room ? ChartGeometry.LegendSize : (float)Math.Floor(ChartGeometry.LegendSize * room / longest);
    }

    private static void AddLabel(Plot plot, PieLabel label, string text, string font, bool onDark)
    {
        if (!label.Inside)
        {
            var elbowX = label.RightSide ? label.X - 0.04 : label.X + 0.04;
            var line = plot.Add.Line(label.AnchorX, label.AnchorY, elbowX, label.Y);
            line.LineColor = ChartPalette.Line;
            line.LineWidth = 1.5f;
        }

        var added = plot.Add.Text(text, label.X, label.Y);
        added.LabelStyle.FontName = font;
        added.LabelStyle.FontSize = ChartGeometry.LabelSize;
        added.LabelStyle.ForeColor = onDark ? Colors.White : ChartPalette.Text;
        added.LabelStyle.Alignment = label.Inside ? Alignment.MiddleCenter : label.RightSide ? Alignment.MiddleLeft : Alignment.MiddleRight;
    }
}
