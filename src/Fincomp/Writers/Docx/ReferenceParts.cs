using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Fincomp.Writers.Docx;

/// <summary>
/// Takes over what a reference document decides about appearance: its styles (completed from the defaults where it
/// lacks one, see <see cref="ReferenceStyles"/>), settings, theme, numbering and font table, and its last section's
/// page setup: size, margins, columns, document grid and page numbering.
/// </summary>
internal static class ReferenceParts
{
    public static SectionProperties CopyInto(WordprocessingDocument reference, MainDocumentPart target)
    {
        var source = reference.MainDocumentPart
            ?? throw new InvalidDataException("The reference document has no main document part.");
        ReferenceStyles.CopyInto(source.StyleDefinitionsPart, target);
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

    /// <summary>
    /// The reference's last section without its header and footer references (those name parts of the reference,
    /// which are not copied; the report adds its own page-number footer). The A4 default when the reference has no
    /// page size or margins.
    /// </summary>
    private static SectionProperties Section(MainDocumentPart source)
    {
        var found = source.Document?.Body?.Elements<SectionProperties>().LastOrDefault();
        if (found?.GetFirstChild<PageSize>() is null || found.GetFirstChild<PageMargin>() is null)
        {
            return PageSetup.Default();
        }

        var section = new SectionProperties();
        foreach (var child in found.ChildElements.Where(c => c is not HeaderReference and not FooterReference))
        {
            section.Append((OpenXmlElement)child.CloneNode(true));
        }

        return section;
    }
}
