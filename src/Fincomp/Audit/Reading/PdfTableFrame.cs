using UglyToad.PdfPig.Content;

namespace Fincomp.Audit.Reading;

/// <summary>
/// The ruled frame of one table on a page: the grid of its distinct border positions, and which grid cells a missing
/// border merges. Rows run top to bottom (PDF y grows upwards), columns left to right.
/// </summary>
internal sealed class PdfTableFrame
{
    private readonly List<PdfRuling> _rulings;
    private readonly double[] _ys;
    private readonly double[] _xs;

    public PdfTableFrame(List<PdfRuling> rulings)
    {
        _rulings = rulings;
        _ys = [.. Distinct(rulings.Where(r => r.Horizontal).Select(r => r.At)).OrderDescending()];
        _xs = [.. Distinct(rulings.Where(r => !r.Horizontal).Select(r => r.At)).Order()];
    }

    public double Top => _ys[0];

    private int RowCount => _ys.Length - 1;

    private int ColumnCount => _xs.Length - 1;

    /// <summary>Whether a letter's centre lies inside the frame.</summary>
    public bool Contains(Letter letter)
    {
        var (x, y) = Centre(letter);
        return x >= _xs[0] && x <= _xs[^1] && y <= _ys[0] && y >= _ys[^1];
    }

    /// <summary>The table's rows: each merged cell once, in the row where it starts, with its spans and text.</summary>
    public IReadOnlyList<IReadOnlyList<(string Text, int Span, int RowSpan)>> Cells(List<Letter> letters)
    {
        var owner = new int[RowCount, ColumnCount];
        var cells = new List<(int Row, int Column, int Span, int RowSpan)>();
        for (var r = 0; r < RowCount; r++)
        {
            for (var c = 0; c < ColumnCount; c++)
            {
                owner[r, c] = -1;
            }
        }

        for (var r = 0; r < RowCount; r++)
        {
            for (var c = 0; c < ColumnCount; c++)
            {
                if (owner[r, c] >= 0)
                {
                    continue;
                }

                var span = 1;
                while (c + span < ColumnCount && owner[r, c + span] < 0 && !HasVertical(_xs[c + span], Middle(_ys, r)))
                {
                    span++;
                }

                var rowSpan = 1;
                while (r + rowSpan < RowCount && owner[r + rowSpan, c] < 0 && !HasHorizontal(_ys[r + rowSpan], Middle(_xs, c)))
                {
                    rowSpan++;
                }

                for (var dr = 0; dr < rowSpan; dr++)
                {
                    for (var dc = 0; dc < span; dc++)
                    {
                        owner[r + dr, c + dc] = cells.Count;
                    }
                }

                cells.Add((r, c, span, rowSpan));
            }
        }

        var contents = cells.Select(_ => new List<Letter>()).ToList();
        foreach (var letter in letters)
        {
            var (x, y) = Centre(letter);
            var row = Array.FindIndex(_ys, 1, top => y >= top) - 1;
            var column = Array.FindIndex(_xs, 1, right => x <= right) - 1;
            row = row < 0 ? RowCount - 1 : row;
            if (column >= 0)
            {
                contents[owner[row, column]].Add(letter);
            }
        }

        return cells
            .Select((cell, i) => (cell, Text: string.Concat(PdfPageLayout.ByBaseline(contents[i]).Select(l => PdfPageLayout.TextOf(l, l[0].PointSize)))))
            .GroupBy(c => c.cell.Row)
            .OrderBy(g => g.Key)
            .Select(g => (IReadOnlyList<(string, int, int)>)[.. g.OrderBy(c => c.cell.Column).Select(c => (c.Text, c.cell.Span, c.cell.RowSpan))])
            .ToList();
    }

    private bool HasVertical(double x, double y) => _rulings.Any(r => !r.Horizontal && Math.Abs(r.At - x) <= PdfRuling.Tolerance && r.Covers(y));

    private bool HasHorizontal(double y, double x) => _rulings.Any(r => r.Horizontal && Math.Abs(r.At - y) <= PdfRuling.Tolerance && r.Covers(x));

    private static double Middle(double[] edges, int index) => (edges[index] + edges[index + 1]) / 2;

    private static (double X, double Y) Centre(Letter letter) =>
        ((letter.StartBaseLine.X + letter.EndBaseLine.X) / 2, letter.StartBaseLine.Y + (letter.PointSize * 0.3));

    /// <summary>Positions closer than a border's width are one border.</summary>
    private static List<double> Distinct(IEnumerable<double> positions)
    {
        var distinct = new List<double>();
        foreach (var position in positions.Order())
        {
            if (distinct.Count == 0 || position - distinct[^1] > PdfRuling.Tolerance)
            {
                distinct.Add(position);
            }
        }

        return distinct;
    }
}
