using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Fincomp.Writers.Docx;

/// <summary>
/// The styles part of the output, taken from the reference document. A reference made in Word from a blank file
/// lacks fincomp's own styles (Body Text, Note, Table Text …); as pandoc does, those missing styles are added from
/// the defaults, so paragraphs never fall back to Normal silently. Every style the reference does define is kept as
/// it is, and a complete reference is copied byte for byte. Read once per reference (<see cref="Read"/>), written into
/// every report (<see cref="CopyInto"/>): comparing the reference's styles with the defaults parses both, which a
/// batch would otherwise do again for every unit.
/// </summary>
internal sealed class ReferenceStyles
{
    /// <summary>The reference's styles part as stored, when it lacks none of the defaults.</summary>
    private readonly byte[]? _complete;

    /// <summary>The reference's styles completed from the defaults; cloned for each report, under <see cref="_gate"/>.</summary>
    private readonly Styles? _merged;

    private readonly System.Threading.Lock _gate = new();

    private ReferenceStyles(byte[]? complete, Styles? merged)
    {
        _complete = complete;
        _merged = merged;
    }

    public static ReferenceStyles Read(StyleDefinitionsPart? from)
    {
        if (from?.Styles is not { } styles)
        {
            return new ReferenceStyles(null, null);
        }

        var defaults = DefaultStyles.Element();
        var defined = styles.Elements<Style>().Select(s => s.StyleId?.Value).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var missing = defaults.Elements<Style>().Where(s => s.StyleId?.Value is { } id && !defined.Contains(id)).ToList();
        if (missing.Count == 0 && styles.DocDefaults is not null)
        {
            return new ReferenceStyles(ReferenceParts.Bytes(from), null);
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

        return new ReferenceStyles(null, merged);
    }

    public void CopyInto(MainDocumentPart target)
    {
        var part = target.AddNewPart<StyleDefinitionsPart>(PartIds.Styles);
        if (_complete is not null)
        {
            using var stream = new MemoryStream(_complete, writable: false);
            part.FeedData(stream);
        }
        else if (_merged is not null)
        {
            lock (_gate)
            {
                part.Styles = (Styles)_merged.CloneNode(true);
            }
        }
        else
        {
            part.Styles = DefaultStyles.Element();
        }
    }
}
