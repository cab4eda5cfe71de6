using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using Fincomp.Document;

namespace Fincomp.Writers.Docx;

/// <summary>
/// Headings on the built-in heading styles (with outline levels), so navigation and a TOC work in Word. Every heading
/// the contents list carries the bookmark its entry links to (<see cref="ContentsEntries"/>). A listed title is a
/// report's title in the attachments: it is set on the Report Title style (the cover's Title without its drop down the
/// page) and gets the outline level of its entry on the paragraph (the Title style has none, so that the cover stays
/// out of the contents), so that Word and LibreOffice list it when they rebuild the contents.
/// </summary>
internal static class HeadingWriter
{
    public static IEnumerable<OpenXmlElement> Write(Heading heading, WriteContext context)
    {
        var entry = context.ContentsEntry(heading);
        var reportTitle = heading.Level == HeadingLevel.Title && entry is not null;
        var style = heading.Level switch
        {
            HeadingLevel.Title => reportTitle ? StyleIds.ReportTitle : StyleIds.Title,
            HeadingLevel.Part => StyleIds.Heading1,
            HeadingLevel.Section => StyleIds.Heading2,
            HeadingLevel.Subsection => StyleIds.Heading3,
            _ => StyleIds.Heading4,
        };
        var paragraph = Runs.Paragraph(style, heading.Text);
        if (entry is { } listed)
        {
            if (reportTitle)
            {
                paragraph.ParagraphProperties!.OutlineLevel = new OutlineLevel { Val = listed.Level - 1 };
            }

            var id = (listed.Ordinal + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
            paragraph.InsertAfter(new BookmarkStart { Id = id, Name = listed.Bookmark }, paragraph.ParagraphProperties);
            paragraph.Append(new BookmarkEnd { Id = id });
        }

        yield return paragraph;
    }
}
