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

    /// <summary>The body's paragraphs and tables, in order; the reader stands on the body element.</summary>
    public List<object> Read()
    {
        var items = new List<object>();
        Children(name =>
        {
            if (ReferenceEquals(name, names.Paragraph))
            {
                items.Add(Paragraph());
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
    /// deciding, as Word does; deleted text of a tracked change is w:delText, never w:t.
    /// </summary>
    private BodyParagraph Paragraph()
    {
        var style = string.Empty;
        _text.Clear();
        if (xml.IsEmptyElement)
        {
            xml.Read();
            return new BodyParagraph(style, string.Empty);
        }

        var depth = xml.Depth;
        var runDepth = -1;
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
                else if (ReferenceEquals(xml.LocalName, names.Text) && (direct ?? styled ?? hiddenStyles.Hides(style) ?? false))
                {
                    xml.Skip();
                    continue;
                }

                if (ReferenceEquals(xml.LocalName, names.Text))
                {
                    // Reading the content moves to the node after the element: no further Read here.
                    _text.Append(xml.ReadElementContentAsString());
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
        return new BodyParagraph(style, _text.ToString().Trim());
    }

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
        var widths = new List<int>();
        var origins = new Dictionary<int, (int Row, int Index)>();
        Children(name =>
        {
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
            rows.Add(Row(rows, origins, rowStarts));
            starts.Add(rowStarts);
            return true;
        });
        return new BodyTable(SeenSpans(rows, starts, widths));
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

    private List<(string Text, int Span, int RowSpan)> Row(List<List<(string Text, int Span, int RowSpan)>> rows, Dictionary<int, (int Row, int Index)> origins, List<int> starts)
    {
        var cells = new List<(string Text, int Span, int RowSpan)>();
        var column = 0;
        Children(name =>
        {
            if (!ReferenceEquals(name, names.Cell))
            {
                return false;
            }

            var (text, span, continues) = Cell();
            if (continues && origins.TryGetValue(column, out var origin))
            {
                // A continuation of the cell above: no cell of its own, the origin spans one more row.
                var (originText, originSpan, rowSpan) = rows[origin.Row][origin.Index];
                rows[origin.Row][origin.Index] = (originText, originSpan, rowSpan + 1);
            }
            else
            {
                cells.Add((text, span, 1));
                starts.Add(column);
                origins[column] = (rows.Count, cells.Count - 1);
            }

            column += span;
            return true;
        });
        return cells;
    }

    /// <summary>A cell's text (its own paragraphs, one per line), its column span, and whether it continues a vertical merge.</summary>
    private (string Text, int Span, bool Continues) Cell()
    {
        var span = 1;
        var continues = false;
        string? first = null;
        List<string>? lines = null;
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
            if (paragraph.Text.Length > 0)
            {
                if (first is null)
                {
                    first = paragraph.Text;
                }
                else
                {
                    (lines ??= [first]).Add(paragraph.Text);
                }
            }

            return true;
        });
        return (lines is null ? first ?? string.Empty : string.Join("\n", lines), span, continues);
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
