using DocumentFormat.OpenXml.Wordprocessing;

namespace Fincomp.Writers.Docx;

/// <summary>Runs with explicit fonts, and paragraphs of such runs; line breaks in the text become w:br.</summary>
internal static class Runs
{
    public static Run Create(string text, FontSpec font, bool bold = false)
    {
        var run = new Run(font.ToRunProperties(bold));
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (i > 0)
            {
                run.Append(new Break());
            }

            run.Append(new Text(lines[i]) { Space = DocumentFormat.OpenXml.SpaceProcessingModeValues.Preserve });
        }

        return run;
    }

    public static Paragraph Paragraph(string styleId, string text, FontSpec font, JustificationValues? justification = null)
    {
        var properties = new ParagraphProperties(new ParagraphStyleId { Val = styleId });
        if (justification is { } jc)
        {
            properties.Append(new Justification { Val = jc });
        }

        return new Paragraph(properties, Create(text, font));
    }
}
