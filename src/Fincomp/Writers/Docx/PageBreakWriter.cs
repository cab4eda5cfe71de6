using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Fincomp.Writers.Docx;

/// <summary>A page break in an empty paragraph of its own, before each part and attachment.</summary>
internal static class PageBreakWriter
{
    public static IEnumerable<OpenXmlElement> Write()
    {
        yield return new Paragraph(
            new ParagraphProperties(new ParagraphStyleId { Val = StyleIds.Normal }),
            new Run(new Break { Type = BreakValues.Page }));
    }
}
