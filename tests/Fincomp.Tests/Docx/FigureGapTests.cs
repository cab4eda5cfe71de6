using Fincomp.Writers.Pdf;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using Xunit;
using Xunit.Abstractions;

namespace Fincomp.Tests.Docx;

/// <summary>
/// The space a chart leaves behind when it moves to the next page, measured on every sample unit as fincomp's own PDF
/// conversion lays it out. A figure that would not fit at the foot of its page goes up to an earlier paragraph of its
/// section (FigurePlacement), so the text after it fills the page; the space left is then at most what a section's
/// heading and opening lines leave when even they do not make room for the chart: three body lines (28 pt each).
/// Before that move the sample's pages with 图6 after 图5 left 60 mm, the park units' up to 80 mm.
/// </summary>
public sealed class FigureGapTests(ITestOutputHelper output)
{
    private const double PointsPerMm = 72 / 25.4;

    /// <summary>The GB/T 9704 bottom margin: the text block ends 35 mm above the page's lower edge.</summary>
    private const double TextBlockFoot = 35 * PointsPerMm;

    /// <summary>Three lines of the body's 28 pt.</summary>
    private const double MostSpaceLeft = 3 * 28;

    [LibreOfficeFact]
    public void A_chart_that_moves_on_leaves_at_most_three_lines_behind()
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
                Assert.True(gap <= MostSpaceLeft, $"{sample}: page {p} leaves {gap / PointsPerMm:0.0} mm, more than three lines, before the {figureHeight / PointsPerMm:0.0} mm figure that moved to page {p + 1}");
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
