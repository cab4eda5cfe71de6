using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using Fincomp.Document;

namespace Fincomp.Writers.Docx;

/// <summary>
/// Headings on the built-in heading styles (with outline levels), so navigation and a TOC work in Word. Every heading
/// the contents list carries the bookmark its entry links to (<see cref="ContentsEntries"/>); a listed report title
/// (on the Title style, which has no outline level so that the cover stays out of the contents) gets the outline level
/// of its entry on the paragraph, so that Word and LibreOffice list it when they rebuild the contents.
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
        if (context.ContentsEntry(heading) is { } entry)
        {
            if (heading.Level == HeadingLevel.Title)
            {
                paragraph.ParagraphProperties!.OutlineLevel = new OutlineLevel { Val = entry.Level - 1 };
            }

            var id = (entry.Ordinal + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
            paragraph.InsertAfter(new BookmarkStart { Id = id, Name = entry.Bookmark }, paragraph.ParagraphProperties);
            paragraph.Append(new BookmarkEnd { Id = id });
        }

        yield return paragraph;
    }
}
