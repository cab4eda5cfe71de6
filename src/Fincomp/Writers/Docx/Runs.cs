using DocumentFormat.OpenXml.Wordprocessing;

namespace Fincomp.Writers.Docx;

/// <summary>
/// Runs and one-run paragraphs. A run carries only what differs from its paragraph style (bold); fonts, sizes,
/// indents and spacing stay in the styles so that a reference document can change them. Line breaks in the text
/// become w:br.
/// </summary>
internal static class Runs
{
    public static Run Create(string text, bool bold = false)
    {
        var run = bold ? new Run(new RunProperties(new Bold(), new BoldComplexScript())) : new Run();
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

    /// <summary>A paragraph on <paramref name="styleId"/> holding <paramref name="text"/> as one plain run.</summary>
    public static Paragraph Paragraph(string styleId, string text) =>
        new(Style(styleId), Create(text));

    /// <summary>Paragraph properties naming only the style.</summary>
    public static ParagraphProperties Style(string styleId) => new(new ParagraphStyleId { Val = styleId });
}
