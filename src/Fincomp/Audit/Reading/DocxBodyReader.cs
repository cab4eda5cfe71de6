using System.IO.Compression;
using System.Text;
using System.Xml;

namespace Fincomp.Audit.Reading;

/// <summary>
/// Streams the body of a Word file: its top-level paragraphs (style and text) and tables (rows of cell text with
/// column and row spans), read from the package's main document part with an <see cref="XmlReader"/>
/// (<see cref="DocxBodyWalker"/>). The typed Open XML document model costs most of an audit's time for a report of 60
/// pages; the audit needs only this.
/// </summary>
internal static class DocxBodyReader
{
    private const string Word = DocxNames.WordNamespace;
    private const string Relationships = "http://schemas.openxmlformats.org/package/2006/relationships";
    private const string OfficeDocument = "/officeDocument";

    /// <summary>A top-level paragraph: its style id (empty when none) and text, trimmed.</summary>
    public sealed record BodyParagraph(string Style, string Text)
    {
        /// <summary>Whether the paragraph breaks the page (a page break, a page break before it, or the end of a section).</summary>
        public bool BreaksPage { get; init; }

        /// <summary>Whether the paragraph shows a picture (a chart, or a table pasted as an image).</summary>
        public bool HasPicture { get; init; }
    }

    /// <summary>A top-level table: each row's cells as (text, column span, row span), continuation cells folded in.</summary>
    public sealed record BodyTable(List<List<(string Text, int Span, int RowSpan)>> Rows);

    public static List<object> Read(Stream stream)
    {
        using var zip = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true);
        var main = MainPart(zip);
        var entry = zip.GetEntry(main) ?? throw new UnreadableDocumentException("不是 Word 文档，或已损坏：文件中没有正文");
        var hiddenStyles = DocxHiddenStyles.Read(zip, main);
        using var part = entry.Open();
        var names = new DocxNames();
        using var xml = XmlReader.Create(part, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, IgnoreComments = true, NameTable = names.Table });
        if (!xml.ReadToFollowing("body", Word))
        {
            throw new UnreadableDocumentException("不是 Word 文档，或已损坏：文件中没有正文");
        }

        return new DocxBodyWalker(xml, names, hiddenStyles).Read();
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
}
