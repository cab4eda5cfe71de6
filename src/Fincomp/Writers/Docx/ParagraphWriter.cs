using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using Fincomp.Document;

namespace Fincomp.Writers.Docx;

/// <summary>Body text, notes, captions and aligned lines, each on its own style with the matching run font.</summary>
internal static class ParagraphWriter
{
    public static IEnumerable<OpenXmlElement> Write(Document.Paragraph paragraph)
    {
        var (style, font) = paragraph.Style switch
        {
            ParagraphStyle.Note => (StyleIds.Note, DocxFonts.Note),
            ParagraphStyle.Caption => (StyleIds.Caption, DocxFonts.Caption),
            ParagraphStyle.Centered => (StyleIds.Centered, DocxFonts.Body),
            ParagraphStyle.Right => (StyleIds.RightAligned, DocxFonts.Body),
            _ => (StyleIds.BodyText, DocxFonts.Body),
        };
        var result = new DocumentFormat.OpenXml.Wordprocessing.Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = style }));
        foreach (var run in paragraph.Runs)
        {
            result.Append(Runs.Create(run.Text, font, run.Bold));
        }

        yield return result;
    }
}
