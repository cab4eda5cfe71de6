using DocumentFormat.OpenXml.Wordprocessing;

namespace Fincomp.Writers.Docx;

/// <summary>
/// Runs and one-run paragraphs. A run carries only its language and what differs from its paragraph style (bold); fonts, sizes,
/// indents and spacing stay in the styles so that a reference document can change them. Line breaks in the text
/// become w:br.
/// </summary>
internal static class Runs
{
    public static Run Create(string text, bool bold = false)
    {
        var properties = bold ? new RunProperties(new Bold(), new BoldComplexScript()) : new RunProperties();
        properties.Append(Chinese());
        var run = new Run(properties);
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

    /// <summary>
    /// The run's language: Chinese (PRC) for East Asian text, so that Word and LibreOffice pick simplified Chinese glyph
    /// forms and fonts rather than a Japanese fallback. The language is not appearance a reference document decides.
    /// </summary>
    public static Languages Chinese() => new() { EastAsia = "zh-CN" };

    /// <summary>A run holding <paramref name="content"/> (a field character, a break, a drawing) with the run's language.</summary>
    public static Run Of(params DocumentFormat.OpenXml.OpenXmlElement[] content)
    {
        var run = new Run(new RunProperties(Chinese()));
        run.Append(content);
        return run;
    }

    /// <summary>A paragraph on <paramref name="styleId"/> holding <paramref name="text"/> as one plain run.</summary>
    public static Paragraph Paragraph(string styleId, string text) =>
        new(Style(styleId), Create(text));

    /// <summary>Paragraph properties naming only the style.</summary>
    public static ParagraphProperties Style(string styleId) => new(new ParagraphStyleId { Val = styleId });
}
