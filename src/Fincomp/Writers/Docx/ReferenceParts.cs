using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Fincomp.Writers.Docx;

/// <summary>
/// Takes over what a reference document decides about appearance: its styles (completed from the defaults where it
/// lacks one, see <see cref="ReferenceStyles"/>), settings, theme, numbering and font table, and its last section's
/// page setup: size, margins, columns, document grid and page numbering. The reference is opened and read once
/// (<see cref="Read"/>); every report then gets the same parts' bytes (<see cref="CopyInto"/>), so the default
/// reference costs a batch one reading, not one per unit. An instance is safe to share between threads.
/// </summary>
internal sealed class ReferenceParts
{
    private readonly ReferenceStyles _styles;
    private readonly byte[]? _settings;
    private readonly byte[]? _theme;
    private readonly byte[]? _numbering;
    private readonly byte[]? _fontTable;

    /// <summary>The reference's last section; cloned for each report, under <see cref="_gate"/>, since a report adds its footer to it.</summary>
    private readonly SectionProperties _section;

    private readonly System.Threading.Lock _gate = new();

    private ReferenceParts(ReferenceStyles styles, byte[]? settings, byte[]? theme, byte[]? numbering, byte[]? fontTable, SectionProperties section)
    {
        _styles = styles;
        _settings = settings;
        _theme = theme;
        _numbering = numbering;
        _fontTable = fontTable;
        _section = section;
    }

    /// <summary>Reads the parts of the reference package <paramref name="package"/> (a .docx's bytes).</summary>
    public static ReferenceParts Read(byte[] package)
    {
        using var reference = WordprocessingDocument.Open(new MemoryStream(package, writable: false), false);
        var source = reference.MainDocumentPart
            ?? throw new InvalidDataException("The reference document has no main document part.");
        return new ReferenceParts(
            ReferenceStyles.Read(source.StyleDefinitionsPart),
            Bytes(source.DocumentSettingsPart),
            Bytes(source.ThemePart),
            Bytes(source.NumberingDefinitionsPart),
            Bytes(source.FontTablePart),
            Section(source));
    }

    /// <summary>Adds the parts to <paramref name="target"/> and returns the report's own copy of the reference's section.</summary>
    public SectionProperties CopyInto(MainDocumentPart target)
    {
        _styles.CopyInto(target);
        Copy(_settings, () => target.AddNewPart<DocumentSettingsPart>(PartIds.Settings));
        Copy(_theme, () => target.AddNewPart<ThemePart>(PartIds.Theme));
        Copy(_numbering, () => target.AddNewPart<NumberingDefinitionsPart>(PartIds.Numbering));
        Copy(_fontTable, () => target.AddNewPart<FontTablePart>(PartIds.FontTable));
        lock (_gate)
        {
            return (SectionProperties)_section.CloneNode(true);
        }
    }

    /// <summary>A part's bytes as stored in the reference, or null when the reference has no such part.</summary>
    public static byte[]? Bytes(OpenXmlPart? part)
    {
        if (part is null)
        {
            return null;
        }

        using var stream = part.GetStream(FileMode.Open, FileAccess.Read);
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    private static void Copy(byte[]? bytes, Func<OpenXmlPart> create)
    {
        if (bytes is null)
        {
            return;
        }

        using var stream = new MemoryStream(bytes, writable: false);
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
