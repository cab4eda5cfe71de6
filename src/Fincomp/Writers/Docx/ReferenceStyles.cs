using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Fincomp.Writers.Docx;

/// <summary>
/// The styles part of the output, taken from the reference document. A reference made in Word from a blank file
/// lacks fincomp's own styles (Body Text, Note, Table Text …); as pandoc does, those missing styles are added from
/// the defaults, so paragraphs never fall back to Normal silently. Every style the reference does define is kept as
/// it is, and a complete reference is copied byte for byte.
/// </summary>
internal static class ReferenceStyles
{
    public static void CopyInto(StyleDefinitionsPart? from, MainDocumentPart target)
    {
        var part = target.AddNewPart<StyleDefinitionsPart>(PartIds.Styles);
        var defaults = DefaultStyles.Element();
        if (from?.Styles is not { } styles)
        {
            part.Styles = defaults;
            return;
        }

        var defined = styles.Elements<Style>().Select(s => s.StyleId?.Value).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var missing = defaults.Elements<Style>().Where(s => s.StyleId?.Value is { } id && !defined.Contains(id)).ToList();
        if (missing.Count == 0 && styles.DocDefaults is not null)
        {
            using var stream = from.GetStream(FileMode.Open, FileAccess.Read);
            part.FeedData(stream);
            return;
        }

        var merged = (Styles)styles.CloneNode(true);
        if (merged.DocDefaults is null && defaults.DocDefaults is { } docDefaults)
        {
            merged.PrependChild((DocDefaults)docDefaults.CloneNode(true));
        }

        foreach (var style in missing)
        {
            merged.Append(style.CloneNode(true));
        }

        part.Styles = merged;
    }
}
