using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Fincomp.Writers.Docx;

/// <summary>The footer with the page number as GB/T 9704 prints it: "— 1 —", centred, from a PAGE field.</summary>
internal static class PageNumberFooter
{
    public static FooterReference AddTo(MainDocumentPart main)
    {
        var part = main.AddNewPart<FooterPart>(PartIds.Footer);
        var font = DocxFonts.Footer;
        part.Footer = new Footer(new Paragraph(
            new ParagraphProperties(new ParagraphStyleId { Val = StyleIds.Footer }, new Justification { Val = JustificationValues.Center }),
            Runs.Create("— ", font),
            new Run(font.ToRunProperties(), new FieldChar { FieldCharType = FieldCharValues.Begin }),
            new Run(font.ToRunProperties(), new FieldCode(" PAGE ") { Space = DocumentFormat.OpenXml.SpaceProcessingModeValues.Preserve }),
            new Run(font.ToRunProperties(), new FieldChar { FieldCharType = FieldCharValues.Separate }),
            Runs.Create("1", font),
            new Run(font.ToRunProperties(), new FieldChar { FieldCharType = FieldCharValues.End }),
            Runs.Create(" —", font)));
        return new FooterReference { Type = HeaderFooterValues.Default, Id = PartIds.Footer };
    }
}
