using System.Globalization;
using System.Text;
using System.Xml;
using static Fincomp.Audit.Reading.DocxBodyReader;

namespace Fincomp.Audit.Reading;

/// <summary>
/// Walks the body of a Word main document part with one forward <see cref="XmlReader"/>, element by element: no
/// subtree readers (each would keep a namespace scope of its own for every paragraph and cell) and names compared by
/// reference against <see cref="DocxNames"/>, since the reading of the package is most of an audit's time.
/// </summary>
internal sealed class DocxBodyWalker(XmlReader xml, DocxNames names, DocxHiddenStyles hiddenStyles)
{
    private readonly StringBuilder _text = new();
    private readonly StringBuilder _decided = new();

    /// <summary>The body's paragraphs and tables, in order; the reader stands on the body element.</summary>
    public List<object> Read()
    {
        var items = new List<object>();
        Children(name =>
        {
            if (ReferenceEquals(name, names.Paragraph))
            {
                var paragraph = Paragraph();
                items.Add(new BodyParagraph(paragraph.Style, hiddenStyles.DefaultHides ? paragraph.Hidden : paragraph.Shown) { BreaksPage = paragraph.BreaksPage, HasPicture = paragraph.HasPicture });
                return true;
            }

            if (ReferenceEquals(name, names.WordTable))
            {
                items.Add(Table());
                return true;
            }

            return false;
        });
        return items;
    }

    private bool IsWord => ReferenceEquals(xml.NamespaceURI, names.Word);

    /// <summary>
    /// Visits the Word elements directly inside the element the reader is on and leaves the reader after its end.
    /// <paramref name="read"/> gets each child's local name and either reads the child whole (true) or declines it
    /// (false), when it is skipped. A content control (w:sdt) or custom XML element wraps paragraphs, tables, rows or
    /// cells without changing them (Word puts a table or a cover in one, LibreOffice the table of contents): its
    /// content is visited as if it stood in the wrapper's place.
    /// </summary>
    private void Children(Func<string, bool> read)
    {
        if (xml.IsEmptyElement)
        {
            xml.Read();
            return;
        }

        var depth = xml.Depth;
        xml.Read();
        while (xml.Depth > depth)
        {
            if (xml.NodeType != XmlNodeType.Element)
            {
                xml.Read();
            }
            else if (IsWord && ReferenceEquals(xml.LocalName, names.CustomXml))
            {
                Children(read);
            }
            else if (IsWord && ReferenceEquals(xml.LocalName, names.ContentControl))
            {
                Children(name =>
                {
                    if (!ReferenceEquals(name, names.ContentControlContent))
                    {
                        return false;
                    }

                    Children(read);
                    return true;
                });
            }
            else if (!IsWord || !read(xml.LocalName))
            {
                xml.Skip();
            }
        }

        xml.Read();
    }

    /// <summary>
    /// Reads the paragraph the reader is on, leaving it after its end: the text of every w:t inside it (runs,
    /// hyperlinks, fields), trimmed, and the first paragraph style named. Only printed text is read: a run hidden
    /// (w:vanish) is left out, whether by its own properties or by its character or paragraph style, the nearer one
    /// deciding, as Word does; deleted text of a tracked change is w:delText, never w:t. A run none of these decides
    /// is hidden or shown by what lies below them (a table style, the document defaults): the paragraph's text is
    /// given both ways, <see cref="ReadParagraph.Shown"/> with such runs and <see cref="ReadParagraph.Hidden"/>
    /// without. A page break in it (w:br w:type="page", w:pageBreakBefore) or a section ending with it (w:sectPr) is
    /// noted: a table after it may continue the one before it on the next page.
    /// </summary>
    private ReadParagraph Paragraph()
    {
        var style = string.Empty;
        _text.Clear();
        _decided.Clear();
        if (xml.IsEmptyElement)
        {
            xml.Read();
            return new ReadParagraph(style, string.Empty, string.Empty, false, false);
        }

        var depth = xml.Depth;
        var runDepth = -1;
        var breaksPage = false;
        var hasPicture = false;
        bool? direct = null;
        bool? styled = null;
        xml.Read();
        while (xml.Depth > depth)
        {
            if (runDepth >= 0 && xml.Depth <= runDepth && !(xml.Depth == runDepth && xml.NodeType == XmlNodeType.EndElement))
            {
                (runDepth, direct, styled) = (-1, null, null);
            }

            if (xml.NodeType == XmlNodeType.Element && IsWord)
            {
                if (ReferenceEquals(xml.LocalName, names.Run))
                {
                    (runDepth, direct, styled) = (xml.Depth, null, null);
                }
                else if (ReferenceEquals(xml.LocalName, names.Hidden) && runDepth >= 0)
                {
                    direct = DocxHiddenStyles.IsOn(xml.GetAttribute(names.Value, names.Word));
                }
                else if (ReferenceEquals(xml.LocalName, names.RunStyle) && runDepth >= 0)
                {
                    styled = hiddenStyles.Hides(xml.GetAttribute(names.Value, names.Word));
                }
                else if (ReferenceEquals(xml.LocalName, names.Break) && xml.GetAttribute(names.Type, names.Word) == "page")
                {
                    breaksPage = true;
                }
                else if (ReferenceEquals(xml.LocalName, names.Drawing) || ReferenceEquals(xml.LocalName, names.Picture))
                {
                    hasPicture |= !(direct ?? styled ?? false);
                }
                else if (ReferenceEquals(xml.LocalName, names.SectionProperties)
                    || (ReferenceEquals(xml.LocalName, names.PageBreakBefore) && DocxHiddenStyles.IsOn(xml.GetAttribute(names.Value, names.Word))))
                {
                    breaksPage = true;
                }

                if (ReferenceEquals(xml.LocalName, names.Text))
                {
                    var hidden = direct ?? styled ?? hiddenStyles.Hides(style.Length > 0 ? style : hiddenStyles.DefaultParagraphStyle);
                    if (hidden == true)
                    {
                        xml.Skip();
                        continue;
                    }

                    // Reading the content moves to the node after the element: no further Read here.
                    var text = xml.ReadElementContentAsString();
                    _text.Append(text);
                    if (hidden == false)
                    {
                        _decided.Append(text);
                    }

                    continue;
                }

                if (ReferenceEquals(xml.LocalName, names.ParagraphStyle) && style.Length == 0)
                {
                    style = xml.GetAttribute(names.Value, names.Word) ?? string.Empty;
                }
            }

            xml.Read();
        }

        xml.Read();
        return new ReadParagraph(style, _text.ToString().Trim(), _decided.ToString().Trim(), breaksPage, hasPicture);
    }

    /// <summary>
    /// A paragraph as read: its style, its text with and without the runs only a table style or the defaults hide,
    /// whether it breaks the page, and whether it shows a picture.
    /// </summary>
    private readonly record struct ReadParagraph(string Style, string Shown, string Hidden, bool BreaksPage, bool HasPicture);

    /// <summary>
    /// A grid column narrower than this (in twentieths of a point, about 2 mm) holds no text a reader sees: LibreOffice
    /// adds one where the edges of two rows' cells differ by a hair.
    /// </summary>
    private const int NarrowestSeenColumn = 113;

    /// <summary>
    /// Reads the table the reader is on: a cell merged down (vMerge continue) adds a row to the cell it continues.
    /// Column spans are counted in the columns a reader sees: a grid column too narrow to be seen is not counted, so
    /// a table saved again by another editor keeps its column numbers.
    /// </summary>
    private BodyTable Table()
    {
        var rows = new List<List<(string Text, int Span, int RowSpan)>>();
        var starts = new List<List<int>>();
        var hiddenTexts = new List<List<string>>();
        var widths = new List<int>();
        var origins = new Dictionary<int, (int Row, int Index)>();
        string? styleId = null;
        var look = DocxTableStyle.Look.None;
        Children(name =>
        {
            if (ReferenceEquals(name, names.TableProperties))
            {
                (styleId, look) = TableProperties();
                return true;
            }

            if (ReferenceEquals(name, names.TableGrid))
            {
                Children(column =>
                {
                    if (!ReferenceEquals(column, names.GridColumn))
                    {
                        return false;
                    }

                    widths.Add(int.TryParse(xml.GetAttribute(names.Width, names.Word), CultureInfo.InvariantCulture, out var width) ? width : int.MaxValue);
                    xml.Skip();
                    return true;
                });
                return true;
            }

            if (!ReferenceEquals(name, names.Row))
            {
                return false;
            }

            var rowStarts = new List<int>();
            var rowHidden = new List<string>();
            rows.Add(Row(rows, origins, rowStarts, rowHidden));
            starts.Add(rowStarts);
            hiddenTexts.Add(rowHidden);
            return true;
        });
        ApplyTableStyle(rows, starts, hiddenTexts, hiddenStyles.Table(styleId), look, widths.Count);
        return new BodyTable(SeenSpans(rows, starts, widths));
    }

    /// <summary>
    /// Leaves out of each cell the text its table style (by the cell's place: first row, last column…) or the document
    /// defaults hide, where no paragraph or character style nor the run itself decides: only then is a cell's text
    /// known to be hidden, since whether a cell is in the last row is known only at the table's end.
    /// </summary>
    private void ApplyTableStyle(List<List<(string Text, int Span, int RowSpan)>> rows, List<List<int>> starts, List<List<string>> hiddenTexts, DocxTableStyle? style, DocxTableStyle.Look look, int gridColumns)
    {
        if (style is null && !hiddenStyles.DefaultHides)
        {
            return;
        }

        var columns = Math.Max(gridColumns, rows.Select((row, r) => row.Count == 0 ? 0 : starts[r][^1] + row[^1].Span).DefaultIfEmpty(0).Max());
        for (var r = 0; r < rows.Count; r++)
        {
            for (var c = 0; c < rows[r].Count; c++)
            {
                var cell = rows[r][c];
                if ((style?.Hides(look, r, rows.Count, starts[r][c], cell.Span, columns) ?? hiddenStyles.DefaultHides) && cell.Text != hiddenTexts[r][c])
                {
                    rows[r][c] = cell with { Text = hiddenTexts[r][c] };
                }
            }
        }
    }

    /// <summary>The table's style (w:tblStyle) and look (w:tblLook, by its attributes or the bits of its w:val) among the table properties the reader is on.</summary>
    private (string? Style, DocxTableStyle.Look Look) TableProperties()
    {
        string? style = null;
        var look = DocxTableStyle.Look.None;
        Children(name =>
        {
            if (ReferenceEquals(name, names.TableStyle))
            {
                style = xml.GetAttribute(names.Value, names.Word);
            }
            else if (ReferenceEquals(name, names.TableLook))
            {
                look = xml.GetAttribute(names.Value, names.Word) is { } bits && int.TryParse(bits, NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var value)
                    ? DocxTableStyle.Look.FromBits(value)
                    : look;
                look = new DocxTableStyle.Look(
                    On("firstRow", look.FirstRow),
                    On("lastRow", look.LastRow),
                    On("firstColumn", look.FirstColumn),
                    On("lastColumn", look.LastColumn),
                    !On("noHBand", !look.RowBands),
                    !On("noVBand", !look.ColumnBands));
            }
            else
            {
                return false;
            }

            xml.Skip();
            return true;
        });
        return (style, look);

        bool On(string attribute, bool otherwise) =>
            xml.GetAttribute(attribute, names.Word) is { } value ? DocxHiddenStyles.IsOn(value) : otherwise;
    }

    /// <summary>The rows with each cell's span counted in the grid columns wide enough to be seen.</summary>
    private static List<List<(string Text, int Span, int RowSpan)>> SeenSpans(List<List<(string Text, int Span, int RowSpan)>> rows, List<List<int>> starts, List<int> widths)
    {
        var unseen = Enumerable.Range(0, widths.Count).Where(i => widths[i] < NarrowestSeenColumn).ToHashSet();
        if (unseen.Count == 0)
        {
            return rows;
        }

        // A cell standing in narrow columns only is seen all the same: those columns count.
        for (var r = 0; r < rows.Count; r++)
        {
            for (var c = 0; c < rows[r].Count; c++)
            {
                var covered = Enumerable.Range(starts[r][c], rows[r][c].Span).ToList();
                if (covered.All(unseen.Contains))
                {
                    unseen.ExceptWith(covered);
                }
            }
        }

        return [.. rows.Select((row, r) => row.Select((cell, c) =>
            cell with { Span = Enumerable.Range(starts[r][c], cell.Span).Count(i => !unseen.Contains(i)) }).ToList())];
    }

    private List<(string Text, int Span, int RowSpan)> Row(List<List<(string Text, int Span, int RowSpan)>> rows, Dictionary<int, (int Row, int Index)> origins, List<int> starts, List<string> hiddenTexts)
    {
        var cells = new List<(string Text, int Span, int RowSpan)>();
        var column = 0;
        Children(name =>
        {
            if (!ReferenceEquals(name, names.Cell))
            {
                return false;
            }

            var (text, hiddenText, span, continues) = Cell();
            if (continues && origins.TryGetValue(column, out var origin))
            {
                // A continuation of the cell above: no cell of its own, the origin spans one more row.
                var (originText, originSpan, rowSpan) = rows[origin.Row][origin.Index];
                rows[origin.Row][origin.Index] = (originText, originSpan, rowSpan + 1);
            }
            else
            {
                cells.Add((text, span, 1));
                hiddenTexts.Add(hiddenText);
                starts.Add(column);
                origins[column] = (rows.Count, cells.Count - 1);
            }

            column += span;
            return true;
        });
        return cells;
    }

    /// <summary>
    /// A cell's text (its own paragraphs, one per line), the same without the runs only a table style or the defaults
    /// hide, its column span, and whether it continues a vertical merge.
    /// </summary>
    private (string Text, string HiddenText, int Span, bool Continues) Cell()
    {
        var span = 1;
        var continues = false;
        var shown = new List<string>(1);
        var hidden = new List<string>(1);
        Children(name =>
        {
            if (ReferenceEquals(name, names.CellProperties))
            {
                (span, continues) = Properties();
                return true;
            }

            if (!ReferenceEquals(name, names.Paragraph))
            {
                return false;
            }

            var paragraph = Paragraph();
            if (paragraph.Shown.Length > 0)
            {
                shown.Add(paragraph.Shown);
            }

            if (paragraph.Hidden.Length > 0)
            {
                hidden.Add(paragraph.Hidden);
            }

            return true;
        });
        return (string.Join("\n", shown), string.Join("\n", hidden), span, continues);
    }

    /// <summary>The column span (w:gridSpan) and vertical merge (w:vMerge) among the cell properties the reader is on.</summary>
    private (int Span, bool Continues) Properties()
    {
        var span = 1;
        var continues = false;
        if (xml.IsEmptyElement)
        {
            xml.Read();
            return (span, continues);
        }

        var depth = xml.Depth;
        xml.Read();
        while (xml.Depth > depth)
        {
            if (xml.NodeType == XmlNodeType.Element && xml.Depth == depth + 1 && IsWord)
            {
                if (ReferenceEquals(xml.LocalName, names.GridSpan)
                    && int.TryParse(xml.GetAttribute(names.Value, names.Word), CultureInfo.InvariantCulture, out var value))
                {
                    span = Math.Max(1, value);
                }
                else if (ReferenceEquals(xml.LocalName, names.VerticalMerge))
                {
                    continues = xml.GetAttribute(names.Value, names.Word) is null or "continue";
                }
            }

            xml.Read();
        }

        xml.Read();
        return (span, continues);
    }
}
