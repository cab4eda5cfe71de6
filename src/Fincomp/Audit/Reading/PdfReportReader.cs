using System.Globalization;
using System.Text.RegularExpressions;
using Fincomp.Document;
using UglyToad.PdfPig;

namespace Fincomp.Audit.Reading;

/// <summary>
/// Reads a finished PDF report into the same document tree the compiler produces, so the audit runs on it unchanged.
/// Lines join into paragraphs the way they were set, left-aligned or justified: a new paragraph starts at an indented or
/// centred line, after a line that left room for the next line's first word, after a wider gap or at a change of font
/// size; a paragraph runs on over a page break. A one-line paragraph numbered 第一部分, 一、 or （一） is a heading, a line set larger than the
/// text a title. Ruled tables become tables, titled by the short line above them ending in 表; a table that runs over
/// a page break is joined again, its repeated heading rows dropped. Page numbers and contents lines are left out.
/// </summary>
internal static partial class PdfReportReader
{
    [GeneratedRegex(@"^[—－\-–\s第]*\d+[—－\-–\s页]*$")]
    private static partial Regex PageNumberPattern();

    [GeneratedRegex(@"(?:\.{4,}|…{2,}|·{4,})\s*\d+$")]
    private static partial Regex ContentsLinePattern();

    public static PdfReport Read(Stream stream)
    {
        using var pdf = PdfDocument.Open(stream);
        var items = new List<PdfItem>();
        var printed = new int?[pdf.NumberOfPages + 1];
        for (var number = 1; number <= pdf.NumberOfPages; number++)
        {
            var page = PdfPageLayout.Read(pdf.GetPage(number), number);
            printed[number] = PrintedPageNumber(page);
            items.AddRange(page.Where(i => i is not PdfTextLine line || !(PageNumberPattern().IsMatch(line.Text) || ContentsLinePattern().IsMatch(line.Text))));
        }

        return new Assembly(items).Read(printed);
    }

    /// <summary>
    /// The number a page prints for itself ("— 20 —", "第20页", "20"): a page-number line at the foot of the page, else at
    /// its head. A report numbers its body from 1 after the cover and contents, so this, not the file's page, is what
    /// a reader turns to; null when the page prints none.
    /// </summary>
    private static int? PrintedPageNumber(List<PdfItem> page)
    {
        foreach (var item in page.Count > 0 ? new[] { page[^1], page[0] } : [])
        {
            if (item is PdfTextLine line && PageNumberPattern().IsMatch(line.Text)
                && int.TryParse(DigitsPattern().Match(line.Text).Value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number > 0)
            {
                return number;
            }
        }

        return null;
    }

    [GeneratedRegex(@"\d+")]
    private static partial Regex DigitsPattern();

    /// <summary>The reading of one document's items into blocks, with the measures of its body text.</summary>
    private sealed class Assembly
    {
        private readonly List<PdfItem> _items;
        private readonly double _bodySize;
        private readonly double _bodyLeft;
        private readonly double _bodyRight;
        private readonly List<Block> _blocks = [];
        private readonly List<IReadOnlyList<(int Offset, int Page)>> _pages = [];

        public Assembly(List<PdfItem> items)
        {
            _items = items;
            var lines = items.OfType<PdfTextLine>().ToList();
            _bodySize = Mode(lines, l => l.Size, l => l.Text.Length) ?? 12;
            var body = lines.Where(l => Math.Abs(l.Size - _bodySize) < 0.5).ToList();
            _bodyLeft = Mode(body, l => Math.Round(l.Left), l => 1) ?? 0;
            _bodyRight = Mode(body.Where(l => l.Text.Length >= 10).ToList(), l => Math.Round(l.Right), l => 1) ?? double.MaxValue;
        }

        /// <summary>The document's blocks and their pages; <paramref name="printed"/> is the number each page prints, by page.</summary>
        public PdfReport Read(IReadOnlyList<int?> printed)
        {
            var paragraph = new List<PdfTextLine>();
            PdfItem? previous = null;
            foreach (var item in _items)
            {
                switch (item)
                {
                    case PdfTextLine line:
                        if (paragraph.Count > 0 && StartsParagraph(paragraph[^1], line) && !ContinuesCentredLine(paragraph, line))
                        {
                            Flush(paragraph);
                        }

                        paragraph.Add(line);
                        break;
                    case PdfTablePart part:
                        Flush(paragraph);
                        AddTable(part, continues: previous is PdfTablePart before && before.Page == part.Page - 1);
                        break;
                    case PdfPicture picture:
                        Flush(paragraph);
                        _blocks.Add(PictureBlock.Instance);
                        _pages.Add([(0, picture.Page)]);
                        break;
                }

                previous = item;
            }

            Flush(paragraph);
            var title = _blocks.OfType<Heading>().FirstOrDefault(h => h.Level == HeadingLevel.Title)?.Text ?? string.Empty;
            return new PdfReport(new ReportDocument(title, _blocks), _pages, printed);
        }

        /// <summary>
        /// Whether <paramref name="line"/> starts a paragraph after <paramref name="last"/>, on evidence the layout gives
        /// whatever the alignment: a change of size, an indent, a wider gap, or room left at the end of the line above
        /// that would have held this line's first piece — a wrapped line stops short only by what did not fit
        /// ("92.32%；", "（01）"), so a ragged right edge, or a page break after it, is no paragraph end.
        /// </summary>
        private bool StartsParagraph(PdfTextLine last, PdfTextLine line)
        {
            var size = Math.Max(line.Size, 1);
            return Math.Abs(last.Size - line.Size) >= 0.5
                || line.Left > _bodyLeft + (0.5 * size)
                || _bodyRight - last.Right > line.LeadWidth + (0.25 * size)
                || (last.Page == line.Page && last.Top - line.Top > 2.4 * size);
        }

        /// <summary>
        /// Whether <paramref name="line"/> is the rest of a centred line too long for one line (the cover's "编制单位：" with
        /// a long unit name): the paragraph so far is one line set from the left edge to the right edge, not indented as
        /// a paragraph of running text is, and the line under it, close below in the same size, is centred.
        /// </summary>
        private bool ContinuesCentredLine(List<PdfTextLine> paragraph, PdfTextLine line)
        {
            var size = Math.Max(line.Size, 1);
            var last = paragraph[^1];
            return paragraph.Count == 1
                && last.Page == line.Page
                && Math.Abs(last.Size - line.Size) < 0.5
                && last.Top - line.Top <= 2.4 * size
                && Math.Abs(last.Left - _bodyLeft) < 0.5 * size
                && last.Right >= _bodyRight - size
                && line.Left > _bodyLeft + size
                && Math.Abs(((line.Left + line.Right) / 2) - ((_bodyLeft + _bodyRight) / 2)) < size;
        }

        private void Flush(List<PdfTextLine> lines)
        {
            if (lines.Count == 0)
            {
                return;
            }

            var text = string.Concat(lines.Select(l => l.Text));
            var pages = new List<(int Offset, int Page)>();
            var offset = 0;
            foreach (var line in lines)
            {
                pages.Add((offset, line.Page));
                offset += line.Text.Length;
            }

            var isTitle = lines.All(l => l.Size >= _bodySize * 1.25);
            var level = ReadStructure.LevelByNumbering(text) ?? (isTitle ? HeadingLevel.Title : null);
            if (level == HeadingLevel.Title && _blocks.Count > 0 && _blocks[^1] is Heading { Level: HeadingLevel.Title } previous
                && _pages[^1][0].Page == lines[0].Page)
            {
                // A title set over two lines ("某单位" / "2023年度部门决算") is one title.
                _blocks[^1] = previous with { Text = previous.Text + text };
            }
            else
            {
                _blocks.Add(level is { } heading ? new Heading(heading, text) : new Paragraph(text));
                _pages.Add(pages);
            }

            lines.Clear();
        }

        private void AddTable(PdfTablePart part, bool continues)
        {
            if (continues && _blocks[^1] is Table table)
            {
                var (joined, added) = TableContinuation.Join(table, part.Rows);
                _blocks[^1] = joined;
                _pages[^1] = [.. _pages[^1], .. Enumerable.Range(table.Rows.Count, added).Select(i => (i, part.Page))];
                return;
            }

            var unitLine = _blocks.Count > 0 && _blocks[^1] is Paragraph { Text: var unit } && unit.StartsWith("单位：", StringComparison.Ordinal) ? unit : null;
            if (unitLine is not null)
            {
                Pop();
            }

            string? title = null;
            if (_blocks.Count > 0 && _blocks[^1] is Paragraph { Text: var above } && ReadStructure.IsTableTitle(above))
            {
                title = above;
                Pop();
            }

            var read = ReadStructure.TableOf(part.Rows) with { Title = title, UnitLine = unitLine };
            _blocks.Add(read);
            _pages.Add([.. read.Rows.Select((_, i) => (i, part.Page))]);
        }

        private void Pop()
        {
            _blocks.RemoveAt(_blocks.Count - 1);
            _pages.RemoveAt(_pages.Count - 1);
        }

        private static double? Mode<T>(List<T> items, Func<T, double> key, Func<T, int> weight) =>
            items.Count == 0 ? null : items.GroupBy(key).MaxBy(g => g.Sum(weight))!.Key;
    }
}
