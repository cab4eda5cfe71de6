using Fincomp.Writers.Pdf;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using Xunit;
using Xunit.Abstractions;

namespace Fincomp.Tests.Docx;

/// <summary>
/// The space a chart leaves behind when it moves to the next page, measured on every sample unit as fincomp's own PDF
/// conversion lays it out. A figure is one unit with its caption (the Figure style keeps the picture with the caption
/// line) and nothing ties the text before it to it, so a figure moves on only because it does not fit: the space left
/// at the foot of the page before is smaller than the figure with its caption (picture top to caption foot, plus the
/// Figure style's 6 pt before and the caption's 12 pt after). A gap larger than that means text was dragged along with
/// the figure (a keep-with-next on the paragraph before it, a heading tied to it), which is what left pages of the
/// sample a third empty.
/// </summary>
public sealed class FigureGapTests(ITestOutputHelper output)
{
    private const double PointsPerMm = 72 / 25.4;

    /// <summary>The GB/T 9704 bottom margin: the text block ends 35 mm above the page's lower edge.</summary>
    private const double TextBlockFoot = 35 * PointsPerMm;

    /// <summary>The Figure style's spacing before the picture and the caption's after it, in points.</summary>
    private const double FigureSpacing = 6 + 12;

    [LibreOfficeFact]
    public void A_chart_that_moves_on_leaves_less_space_than_it_takes()
    {
        var moved = 0;
        foreach (var sample in BuiltUnitDocx.All)
        {
            using var pdf = new MemoryStream();
            LibreOfficePdfConverter.Create().Convert(BuiltUnitDocx.Write(sample), pdf);
            using var document = PdfDocument.Open(pdf.ToArray());
            var pages = document.GetPages().ToList();
            for (var p = 1; p < pages.Count; p++)
            {
                if (OpeningFigure(pages[p]) is not { } figureHeight)
                {
                    continue;
                }

                moved++;
                var gap = LowestContent(pages[p - 1]) - TextBlockFoot;
                output.WriteLine($"{sample}: page {p} leaves {gap / PointsPerMm:0.0} mm before a figure of {figureHeight / PointsPerMm:0.0} mm");
                Assert.True(gap < figureHeight + FigureSpacing, $"{sample}: page {p} leaves {gap / PointsPerMm:0.0} mm, more than the {figureHeight / PointsPerMm:0.0} mm figure that moved to page {p + 1}");
            }
        }

        Assert.True(moved > 0, "no sample has a figure at the top of a page: the test measured nothing");
    }

    /// <summary>
    /// The height from picture top to caption foot when the page opens with a picture (nothing printed above it),
    /// otherwise null.
    /// </summary>
    private static double? OpeningFigure(Page page)
    {
        var picture = page.GetImages().OrderByDescending(i => i.BoundingBox.Top).FirstOrDefault();
        var words = page.GetWords().Where(w => w.BoundingBox.Bottom > TextBlockFoot - 5).ToList();
        if (picture is null || words.Any(w => w.BoundingBox.Top > picture.BoundingBox.Top))
        {
            return null;
        }

        var caption = words.Where(w => w.BoundingBox.Top <= picture.BoundingBox.Bottom + 1).OrderByDescending(w => w.BoundingBox.Top).FirstOrDefault();
        return caption is null ? null : picture.BoundingBox.Top - caption.BoundingBox.Bottom;
    }

    /// <summary>The foot of the lowest text or picture inside the text block (the page number below it is left out).</summary>
    private static double LowestContent(Page page)
    {
        var bottoms = page.GetWords().Select(w => w.BoundingBox.Bottom)
            .Concat(page.GetImages().Select(i => i.BoundingBox.Bottom))
            .Where(b => b > TextBlockFoot - 5)
            .ToList();
        return bottoms.Count == 0 ? page.Height : bottoms.Min();
    }
}
