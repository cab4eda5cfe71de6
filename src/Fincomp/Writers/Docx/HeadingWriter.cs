using DocumentFormat.OpenXml;
using Fincomp.Document;

namespace Fincomp.Writers.Docx;

/// <summary>Headings on the built-in heading styles (with outline levels), so navigation and a TOC work in Word.</summary>
internal static class HeadingWriter
{
    public static IEnumerable<OpenXmlElement> Write(Heading heading)
    {
        var style = heading.Level switch
        {
            HeadingLevel.Title => StyleIds.Title,
            HeadingLevel.Part => StyleIds.Heading1,
            HeadingLevel.Section => StyleIds.Heading2,
            HeadingLevel.Subsection => StyleIds.Heading3,
            _ => StyleIds.Heading4,
        };
        yield return Runs.Paragraph(style, heading.Text);
    }
}
