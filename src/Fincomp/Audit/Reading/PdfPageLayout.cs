using System.Text;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;

namespace Fincomp.Audit.Reading;

/// <summary>
/// One PDF page as lines of text and ruled tables, top to bottom. A table is a connected set of ruled lines (at least
/// two each way); its grid comes from the distinct border positions, and a border that is not drawn between two grid
/// cells merges them, as a merged cell of the Word table was printed. The letters inside a table's frame are its cells'
/// text; every other letter belongs to a line, grouped by baseline.
/// </summary>
internal static class PdfPageLayout
{
    public static List<PdfItem> Read(Page page, int number)
    {
        var letters = page.Letters
            .Where(l => l.TextOrientation == TextOrientation.Horizontal && l.Value.Length > 0)
            .ToList();
        var items = new List<PdfItem>(Pictures(page, number, letters));
        foreach (var frame in Frames(Rulings(page)))
        {
            var inside = letters.Where(frame.Contains).ToList();
            if (inside.Count == 0)
            {
                continue;
            }

            letters.RemoveAll(frame.Contains);
            items.Add(new PdfTablePart(number, frame.Top, frame.Cells(inside)));
        }

        items.AddRange(Lines(letters, number));
        return [.. items.OrderByDescending(i => i.Top)];
    }

    /// <summary>A picture smaller than this each way (in points, about 3.5 cm) is a seal or a logo, not a table or chart.</summary>
    private const double SmallestPicture = 100;

    /// <summary>
    /// The page's pictures big enough to hold a table or a chart, with no text printed over them (a scanned page under
    /// its recognised text is the page, not a picture on it); their data is not decoded.
    /// </summary>
    private static List<PdfPicture> Pictures(Page page, int number, List<Letter> letters) =>
        [.. page.GetImages()
            .Select(i => i.BoundingBox)
            .Where(b => b.Width >= SmallestPicture && b.Height >= SmallestPicture
                && !letters.Any(l => l.StartBaseLine.X > b.Left && l.StartBaseLine.X < b.Right && l.StartBaseLine.Y > b.Bottom && l.StartBaseLine.Y < b.Top))
            .Select(b => new PdfPicture(number, b.Top))];

    /// <summary>Letters grouped into lines by baseline, each line's text in x order.</summary>
    private static IEnumerable<PdfTextLine> Lines(List<Letter> letters, int page)
    {
        foreach (var line in ByBaseline(letters))
        {
            var text = TextOf(line, line[0].PointSize);
            if (text.Length == 0)
            {
                continue;
            }

            var size = line.GroupBy(l => Math.Round(l.PointSize, 1)).MaxBy(g => g.Count())!.Key;
            var top = line.Max(l => Math.Max(l.BoundingBox.Top, l.StartBaseLine.Y + (l.PointSize * 0.8)));
            var left = line.First(l => !string.IsNullOrWhiteSpace(l.Value)).StartBaseLine.X;
            yield return new PdfTextLine(page, top, left, line.Max(l => l.EndBaseLine.X), size, text, PdfLineLead.Width(line));
        }
    }

    /// <summary>Letters in lines, top line first, each line left to right.</summary>
    internal static List<List<Letter>> ByBaseline(IEnumerable<Letter> letters)
    {
        var lines = new List<List<Letter>>();
        foreach (var letter in letters.OrderByDescending(l => l.StartBaseLine.Y).ThenBy(l => l.StartBaseLine.X))
        {
            var last = lines.Count > 0 ? lines[^1] : null;
            if (last is not null && Math.Abs(last[0].StartBaseLine.Y - letter.StartBaseLine.Y) <= 0.35 * Math.Max(letter.PointSize, 1))
            {
                last.Add(letter);
            }
            else
            {
                lines.Add([letter]);
            }
        }

        foreach (var line in lines)
        {
            line.Sort((a, b) => a.StartBaseLine.X.CompareTo(b.StartBaseLine.X));
        }

        return lines;
    }

    /// <summary>
    /// The text of one line. Chinese is printed without spaces, and a justified line spreads its letters, so no space is
    /// read between letters; a space printed as such is kept (once), and a wide gap (more than one and a half
    /// characters) reads as a space, as between two fields.
    /// </summary>
    internal static string TextOf(List<Letter> line, double size)
    {
        var text = new StringBuilder();
        double? end = null;
        foreach (var letter in line)
        {
            var space = string.IsNullOrWhiteSpace(letter.Value) || (end is { } previous && letter.StartBaseLine.X - previous > 1.5 * size);
            if (space && text.Length > 0 && text[^1] != ' ')
            {
                text.Append(' ');
            }

            if (!string.IsNullOrWhiteSpace(letter.Value))
            {
                text.Append(letter.Value);
            }

            end = letter.EndBaseLine.X;
        }

        return text.ToString().TrimEnd();
    }

    /// <summary>The page's ruled lines: thin strokes or fills, and the four sides of a stroked rectangle.</summary>
    private static List<PdfRuling> Rulings(Page page)
    {
        const double thin = 1.5;
        var rulings = new List<PdfRuling>();
        foreach (var path in page.Paths)
        {
            if (!path.IsStroked && !path.IsFilled)
            {
                continue;
            }

            foreach (var subpath in path)
            {
                if (subpath.GetBoundingRectangle() is not { } box)
                {
                    continue;
                }

                if (box.Height <= thin && box.Width > thin)
                {
                    rulings.Add(new PdfRuling(true, (box.Bottom + box.Top) / 2, box.Left, box.Right));
                }
                else if (box.Width <= thin && box.Height > thin)
                {
                    rulings.Add(new PdfRuling(false, (box.Left + box.Right) / 2, box.Bottom, box.Top));
                }
                else if (path.IsStroked && subpath.IsDrawnAsRectangle)
                {
                    rulings.Add(new PdfRuling(true, box.Top, box.Left, box.Right));
                    rulings.Add(new PdfRuling(true, box.Bottom, box.Left, box.Right));
                    rulings.Add(new PdfRuling(false, box.Left, box.Bottom, box.Top));
                    rulings.Add(new PdfRuling(false, box.Right, box.Bottom, box.Top));
                }
            }
        }

        return rulings;
    }

    /// <summary>The tables of a page: connected rulings with at least two lines each way.</summary>
    private static IEnumerable<PdfTableFrame> Frames(List<PdfRuling> rulings)
    {
        var parent = Enumerable.Range(0, rulings.Count).ToArray();
        int Root(int i) => parent[i] == i ? i : parent[i] = Root(parent[i]);
        for (var i = 0; i < rulings.Count; i++)
        {
            for (var j = i + 1; j < rulings.Count; j++)
            {
                if (rulings[i].Meets(rulings[j]))
                {
                    parent[Root(i)] = Root(j);
                }
            }
        }

        return Enumerable.Range(0, rulings.Count)
            .GroupBy(Root)
            .Select(g => g.Select(i => rulings[i]).ToList())
            .Where(g => g.Count(r => r.Horizontal) >= 2 && g.Count(r => !r.Horizontal) >= 2)
            .Select(g => new PdfTableFrame(g));
    }
}
