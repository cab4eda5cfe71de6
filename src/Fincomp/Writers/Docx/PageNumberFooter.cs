using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Fincomp.Writers.Docx;

/// <summary>
/// The footer with the page number as GB/T 9704 prints it: "— 1 —" from a PAGE field. Font and alignment come from
/// the footer style, so a reference document can move or restyle the number.
/// </summary>
internal static class PageNumberFooter
{
    public static FooterReference AddTo(MainDocumentPart main)
    {
        var part = main.AddNewPart<FooterPart>(PartIds.Footer);
        part.Footer = new Footer(new Paragraph(
            Runs.Style(StyleIds.Footer),
            Runs.Create("— "),
            Runs.Of(new FieldChar { FieldCharType = FieldCharValues.Begin }),
            Runs.Of(new FieldCode(" PAGE ") { Space = DocumentFormat.OpenXml.SpaceProcessingModeValues.Preserve }),
            Runs.Of(new FieldChar { FieldCharType = FieldCharValues.Separate }),
            Runs.Create("1"),
            Runs.Of(new FieldChar { FieldCharType = FieldCharValues.End }),
            Runs.Create(" —")));
        return new FooterReference { Type = HeaderFooterValues.Default, Id = PartIds.Footer };
    }
}
