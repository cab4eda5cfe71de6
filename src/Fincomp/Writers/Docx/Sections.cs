using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Fincomp.Writers.Docx;

/// <summary>
/// The two sections of a report with a cover: the front matter (cover and contents) on the reference's page setup
/// without footer, so it carries no page number, and the body, whose page numbers start from 1.
/// </summary>
internal static class Sections
{
    public static SectionProperties FrontMatter(SectionProperties reference)
    {
        var front = (SectionProperties)reference.CloneNode(true);
        foreach (var child in front.ChildElements.Where(c => c is HeaderReference or FooterReference or PageNumberType or TitlePage).ToList())
        {
            child.Remove();
        }

        return front;
    }

    /// <summary>Sets the body's numbering to start at 1, in the place the schema gives w:pgNumType.</summary>
    public static void NumberFromOne(SectionProperties body)
    {
        body.GetFirstChild<PageNumberType>()?.Remove();
        var numbering = new PageNumberType { Start = 1 };
        OpenXmlElement? after = body.ChildElements.LastOrDefault(c => c is HeaderReference or FooterReference or FootnoteProperties
            or EndnoteProperties or SectionType or PageSize or PageMargin or PaperSource or PageBorders or LineNumberType);
        if (after is null)
        {
            body.PrependChild(numbering);
        }
        else
        {
            body.InsertAfter(numbering, after);
        }
    }
}
