using System.IO.Compression;
using System.Text;
using System.Xml;

namespace Fincomp.Audit.Reading;

/// <summary>
/// Streams the body of a Word file: its top-level paragraphs (style and text) and tables (rows of cell text with
/// column and row spans), read from the package's main document part with an <see cref="XmlReader"/>. The typed Open
/// XML document model costs most of an audit's time for a report of 60 pages; the audit needs only this.
/// </summary>
internal static class DocxBodyReader
{
    private const string Word = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private const string Relationships = "http://schemas.openxmlformats.org/package/2006/relationships";
    private const string OfficeDocument = "/officeDocument";

    /// <summary>A top-level paragraph: its style id (empty when none) and text, trimmed.</summary>
    public sealed record BodyParagraph(string Style, string Text);

    /// <summary>A top-level table: each row's cells as (text, column span, row span), continuation cells folded in.</summary>
    public sealed record BodyTable(List<List<(string Text, int Span, int RowSpan)>> Rows);

    public static List<object> Read(Stream stream)
    {
        using var zip = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true);
        var entry = zip.GetEntry(MainPart(zip)) ?? throw new UnreadableDocumentException("不是 Word 文档，或已损坏：文件中没有正文");
        using var part = entry.Open();
        using var xml = XmlReader.Create(part, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, IgnoreComments = true });
        if (!xml.ReadToFollowing("body", Word))
        {
            throw new UnreadableDocumentException("不是 Word 文档，或已损坏：文件中没有正文");
        }

        var items = new List<object>();
        Children(xml, name =>
        {
            switch (name)
            {
                case "p":
                    items.Add(Paragraph(xml));
                    return true;
                case "tbl":
                    items.Add(Table(xml));
                    return true;
                default:
                    return false;
            }
        });
        return items;
    }

    /// <summary>
    /// Visits the Word elements directly inside the element the reader is on and leaves the reader after its end.
    /// <paramref name="read"/> gets each child's local name and either reads the child whole (true) or declines it
    /// (false), when it is skipped.
    /// </summary>
    private static void Children(XmlReader xml, Func<string, bool> read)
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
            else if (xml.NamespaceURI == Word && xml.LocalName is "sdt" or "customXml")
            {
                Wrapped(xml, read);
            }
            else if (xml.NamespaceURI != Word || !read(xml.LocalName))
            {
                xml.Skip();
            }
        }

        xml.Read();
    }

    /// <summary>
    /// Reads the content of a content control (w:sdt) or custom XML element, which wraps paragraphs, tables, rows or
    /// cells without changing them (Word puts a table or a cover in one, LibreOffice the table of contents): its
    /// content is visited as if it stood in the wrapper's place.
    /// </summary>
    private static void Wrapped(XmlReader xml, Func<string, bool> read)
    {
        if (xml.LocalName == "customXml")
        {
            Children(xml, read);
            return;
        }

        Children(xml, name =>
        {
            if (name != "sdtContent")
            {
                return false;
            }

            Children(xml, read);
            return true;
        });
    }

    /// <summary>The main document part named by the package relationships (word/document.xml in every Word file seen).</summary>
    private static string MainPart(ZipArchive zip)
    {
        var rels = zip.GetEntry("_rels/.rels") ?? throw new UnreadableDocumentException("不是 Word 文档，或已损坏：压缩包中缺少 _rels/.rels");
        using var stream = rels.Open();
        using var xml = XmlReader.Create(stream, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit });
        while (xml.ReadToFollowing("Relationship", Relationships))
        {
            if (xml.GetAttribute("Type")?.EndsWith(OfficeDocument, StringComparison.Ordinal) == true && xml.GetAttribute("Target") is { } target)
            {
                return target.TrimStart('/');
            }
        }

        throw new UnreadableDocumentException("不是 Word 文档，或已损坏：文件中没有正文");
    }

    /// <summary>Reads the paragraph the reader is on, leaving it after its end.</summary>
    private static BodyParagraph Paragraph(XmlReader xml)
    {
        var style = string.Empty;
        var text = new StringBuilder();
        using (var paragraph = xml.ReadSubtree())
        {
            paragraph.Read();
            while (!paragraph.EOF)
            {
                if (paragraph.NodeType == XmlNodeType.Element && paragraph.NamespaceURI == Word && paragraph.LocalName == "t")
                {
                    // Reading the content moves to the node after the element: no further Read here.
                    text.Append(paragraph.ReadElementContentAsString());
                    continue;
                }

                if (paragraph.NodeType == XmlNodeType.Element && paragraph.NamespaceURI == Word && paragraph.LocalName == "pStyle" && style.Length == 0)
                {
                    style = paragraph.GetAttribute("val", Word) ?? string.Empty;
                }

                paragraph.Read();
            }
        }

        xml.Read();
        return new BodyParagraph(style, text.ToString().Trim());
    }

    /// <summary>Reads the table the reader is on: a cell merged down (vMerge continue) adds a row to the cell it continues.</summary>
    private static BodyTable Table(XmlReader xml)
    {
        var rows = new List<List<(string Text, int Span, int RowSpan)>>();
        var origins = new Dictionary<int, (int Row, int Index)>();
        Children(xml, name =>
        {
            if (name != "tr")
            {
                return false;
            }

            rows.Add(Row(xml, rows, origins));
            return true;
        });
        return new BodyTable(rows);
    }

    private static List<(string Text, int Span, int RowSpan)> Row(XmlReader xml, List<List<(string Text, int Span, int RowSpan)>> rows, Dictionary<int, (int Row, int Index)> origins)
    {
        var cells = new List<(string Text, int Span, int RowSpan)>();
        var column = 0;
        Children(xml, name =>
        {
            if (name != "tc")
            {
                return false;
            }

            var (text, span, continues) = Cell(xml);
            if (continues && origins.TryGetValue(column, out var origin))
            {
                // A continuation of the cell above: no cell of its own, the origin spans one more row.
                var (originText, originSpan, rowSpan) = rows[origin.Row][origin.Index];
                rows[origin.Row][origin.Index] = (originText, originSpan, rowSpan + 1);
            }
            else
            {
                cells.Add((text, span, 1));
                origins[column] = (rows.Count, cells.Count - 1);
            }

            column += span;
            return true;
        });
        return cells;
    }

    /// <summary>A cell's text (its own paragraphs, one per line), its column span, and whether it continues a vertical merge.</summary>
    private static (string Text, int Span, bool Continues) Cell(XmlReader xml)
    {
        var span = 1;
        var continues = false;
        var lines = new List<string>();
        Children(xml, name =>
        {
            switch (name)
            {
                case "tcPr":
                    (span, continues) = Properties(xml);
                    return true;
                case "p":
                    var paragraph = Paragraph(xml);
                    if (paragraph.Text.Length > 0)
                    {
                        lines.Add(paragraph.Text);
                    }

                    return true;
                default:
                    return false;
            }
        });
        return (string.Join("\n", lines), span, continues);
    }

    private static (int Span, bool Continues) Properties(XmlReader xml)
    {
        var span = 1;
        var continues = false;
        using (var properties = xml.ReadSubtree())
        {
            while (properties.Read())
            {
                if (properties.NodeType != XmlNodeType.Element || properties.NamespaceURI != Word || properties.Depth != 1)
                {
                    continue;
                }

                if (properties.LocalName == "gridSpan" && int.TryParse(properties.GetAttribute("val", Word), System.Globalization.CultureInfo.InvariantCulture, out var value))
                {
                    span = Math.Max(1, value);
                }
                else if (properties.LocalName == "vMerge")
                {
                    continues = properties.GetAttribute("val", Word) is null or "continue";
                }
            }
        }

        xml.Read();
        return (span, continues);
    }
}
