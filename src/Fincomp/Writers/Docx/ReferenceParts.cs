using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Fincomp.Writers.Docx;

/// <summary>
/// Takes over what a reference document decides about appearance: its styles, settings, theme, numbering and font
/// table are copied byte for byte, and its last section's page size and margins become the report's.
/// </summary>
internal static class ReferenceParts
{
    public static SectionProperties CopyInto(WordprocessingDocument reference, MainDocumentPart target)
    {
        var source = reference.MainDocumentPart
            ?? throw new InvalidDataException("The reference document has no main document part.");
        Copy(source.StyleDefinitionsPart, () => target.AddNewPart<StyleDefinitionsPart>(PartIds.Styles));
        Copy(source.DocumentSettingsPart, () => target.AddNewPart<DocumentSettingsPart>(PartIds.Settings));
        Copy(source.ThemePart, () => target.AddNewPart<ThemePart>(PartIds.Theme));
        Copy(source.NumberingDefinitionsPart, () => target.AddNewPart<NumberingDefinitionsPart>(PartIds.Numbering));
        Copy(source.FontTablePart, () => target.AddNewPart<FontTablePart>(PartIds.FontTable));
        return Section(source);
    }

    private static void Copy(OpenXmlPart? from, Func<OpenXmlPart> create)
    {
        if (from is null)
        {
            return;
        }

        using var stream = from.GetStream(FileMode.Open, FileAccess.Read);
        create().FeedData(stream);
    }

    /// <summary>The page size and margins of the reference's last section; the A4 default when it has none.</summary>
    private static SectionProperties Section(MainDocumentPart source)
    {
        var found = source.Document?.Body?.Elements<SectionProperties>().LastOrDefault();
        var size = found?.GetFirstChild<PageSize>();
        var margin = found?.GetFirstChild<PageMargin>();
        if (size is null || margin is null)
        {
            return PageSetup.Default();
        }

        return new SectionProperties((OpenXmlElement)size.CloneNode(true), (OpenXmlElement)margin.CloneNode(true));
    }
}
