using DocumentFormat.OpenXml;
using Fincomp.Document;

namespace Fincomp.Writers.Docx;

/// <summary>Body text, notes, captions and aligned lines, each on its own style; runs add only bold.</summary>
internal static class ParagraphWriter
{
    public static IEnumerable<OpenXmlElement> Write(Document.Paragraph paragraph)
    {
        var style = paragraph.Style switch
        {
            ParagraphStyle.Note => StyleIds.Note,
            ParagraphStyle.Caption => StyleIds.Caption,
            ParagraphStyle.Centered => StyleIds.Centered,
            ParagraphStyle.Right => StyleIds.RightAligned,
            ParagraphStyle.Cover => StyleIds.Cover,
            _ => StyleIds.BodyText,
        };
        var result = new DocumentFormat.OpenXml.Wordprocessing.Paragraph(Runs.Style(style));
        foreach (var run in paragraph.Runs)
        {
            result.Append(Runs.Create(run.Text, run.Bold));
        }

        yield return result;
    }
}
