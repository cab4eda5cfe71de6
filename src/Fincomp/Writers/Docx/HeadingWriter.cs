using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using Fincomp.Document;

namespace Fincomp.Writers.Docx;

/// <summary>
/// Headings on the built-in heading styles (with outline levels), so navigation and a TOC work in Word. Part and
/// section headings carry the bookmark their contents entry links to (<see cref="ContentsEntries"/>).
/// </summary>
internal static class HeadingWriter
{
    public static IEnumerable<OpenXmlElement> Write(Heading heading, WriteContext context)
    {
        var style = heading.Level switch
        {
            HeadingLevel.Title => StyleIds.Title,
            HeadingLevel.Part => StyleIds.Heading1,
            HeadingLevel.Section => StyleIds.Heading2,
            HeadingLevel.Subsection => StyleIds.Heading3,
            _ => StyleIds.Heading4,
        };
        var paragraph = Runs.Paragraph(style, heading.Text);
        if (ContentsEntries.IsListed(heading))
        {
            var ordinal = context.NextListedHeading();
            var id = (ordinal + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
            paragraph.InsertAfter(new BookmarkStart { Id = id, Name = ContentsEntries.Bookmark(ordinal) }, paragraph.ParagraphProperties);
            paragraph.Append(new BookmarkEnd { Id = id });
        }

        yield return paragraph;
    }
}
