using DocumentFormat.OpenXml;
using Fincomp.Document;

namespace Fincomp.Writers.Docx;

/// <summary>Headings on the built-in heading styles (with outline levels), so navigation and a TOC work in Word.</summary>
internal static class HeadingWriter
{
    public static IEnumerable<OpenXmlElement> Write(Heading heading)
    {
        var (style, font) = heading.Level switch
        {
            HeadingLevel.Title => (StyleIds.Title, DocxFonts.Title),
            HeadingLevel.Part => (StyleIds.Heading1, DocxFonts.Part),
            HeadingLevel.Section => (StyleIds.Heading2, DocxFonts.Section),
            HeadingLevel.Subsection => (StyleIds.Heading3, DocxFonts.Subsection),
            _ => (StyleIds.Heading4, DocxFonts.Item),
        };
        yield return Runs.Paragraph(style, heading.Text, font);
    }
}
