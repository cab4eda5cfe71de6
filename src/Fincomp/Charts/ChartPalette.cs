using ScottPlot;

namespace Fincomp.Charts;

/// <summary>
/// Fills that stay apart when the report is printed in black and white: four colours far apart in lightness, then
/// the same four striped, then dotted, so twelve neighbouring slices never look alike in greyscale — and a pie of nine
/// 功能 classes does not put its last slice, in the first one's fill, beside the first. Text on a fill is white on
/// the dark ones and black on the light ones.
/// </summary>
internal static class ChartPalette
{
    private static readonly (string Hex, bool Dark)[] Tones =
    [
        ("#1F3864", true),   // navy, grey ≈ 22%
        ("#F4B183", false),  // light orange, grey ≈ 78%
        ("#2E75B6", true),   // blue, grey ≈ 45%
        ("#FFF2CC", false),  // pale yellow, grey ≈ 95%
    ];

    /// <summary>The previous year in a bar chart: light, so the current (dark) year stands out.</summary>
    public static readonly Color PreviousYear = Color.FromHex("#9DC3E6");

    /// <summary>The current year in a bar chart.</summary>
    public static readonly Color CurrentYear = Color.FromHex("#1F3864");

    public static readonly Color Text = Color.FromHex("#000000");

    public static readonly Color Line = Color.FromHex("#595959");

    public static FillStyle SliceFill(int index)
    {
        var tone = Tones[index % Tones.Length];
        var fill = new FillStyle { Color = Color.FromHex(tone.Hex) };
        var variant = index / Tones.Length % 3;
        if (variant > 0)
        {
            fill.Hatch = variant == 1 ? new ScottPlot.Hatches.Striped(ScottPlot.Hatches.StripeDirection.DiagonalUp) : new ScottPlot.Hatches.Dots();
            fill.HatchColor = tone.Dark ? Color.FromHex("#FFFFFF") : Color.FromHex("#404040");
        }

        return fill;
    }

    /// <summary>Whether text drawn on slice <paramref name="index"/> should be white.</summary>
    public static bool IsDark(int index) => Tones[index % Tones.Length].Dark;
}
