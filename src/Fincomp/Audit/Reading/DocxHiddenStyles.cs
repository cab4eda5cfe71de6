using System.IO.Compression;
using System.Xml;

namespace Fincomp.Audit.Reading;

/// <summary>
/// The paragraph and character styles of a Word file that decide whether text is hidden: a style whose run properties
/// carry w:vanish hides every run it applies to, as direct w:vanish does, and a style based on it hides too unless it
/// says otherwise. Read from the styles part the main document names; a file without one hides nothing by style.
/// </summary>
internal sealed class DocxHiddenStyles
{
    private const string Word = DocxNames.WordNamespace;
    private const string Relationships = "http://schemas.openxmlformats.org/package/2006/relationships";
    private const string StylesType = "/styles";

    private readonly Dictionary<string, bool> _hides;

    private DocxHiddenStyles(Dictionary<string, bool> hides) => _hides = hides;

    /// <summary>Whether a w:vanish (or other on/off property) with this w:val is on: absent, "1", "true" and "on" are.</summary>
    public static bool IsOn(string? value) => value is not ("0" or "false" or "off");

    /// <summary>Whether the style hides its text (true), shows it though a style it is based on hides (false), or says nothing (null).</summary>
    public bool? Hides(string? styleId) =>
        styleId is { Length: > 0 } && _hides.TryGetValue(styleId, out var hides) ? hides : null;

    public static DocxHiddenStyles Read(ZipArchive zip, string mainPart)
    {
        ArgumentNullException.ThrowIfNull(zip);
        ArgumentNullException.ThrowIfNull(mainPart);
        if (StylesPart(zip, mainPart) is not { } entry)
        {
            return new DocxHiddenStyles([]);
        }

        var own = new Dictionary<string, (string? BasedOn, bool? Vanish)>(StringComparer.Ordinal);
        using (var stream = entry.Open())
        using (var xml = XmlReader.Create(stream, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, IgnoreComments = true }))
        {
            while (xml.ReadToFollowing("style", Word))
            {
                if (xml.GetAttribute("styleId", Word) is { Length: > 0 } id)
                {
                    own[id] = Style(xml);
                }
            }
        }

        var hides = new Dictionary<string, bool>(StringComparer.Ordinal);
        foreach (var id in own.Keys)
        {
            if (Resolve(own, id) is { } hidden)
            {
                hides[id] = hidden;
            }
        }

        return new DocxHiddenStyles(hides);
    }

    /// <summary>The style's w:basedOn and the w:vanish of its own run properties (w:rPr), reading the style element whole.</summary>
    private static (string? BasedOn, bool? Vanish) Style(XmlReader xml)
    {
        string? basedOn = null;
        bool? vanish = null;
        using var style = xml.ReadSubtree();
        while (style.Read())
        {
            if (style.NodeType != XmlNodeType.Element || style.NamespaceURI != Word)
            {
                continue;
            }

            if (style.LocalName == "basedOn")
            {
                basedOn = style.GetAttribute("val", Word);
            }
            else if (style.LocalName == "vanish" && style.Depth == 2)
            {
                // w:style (depth 0 of the subtree) › w:rPr › w:vanish; a table style's conditional w:rPr lies deeper.
                vanish = IsOn(style.GetAttribute("val", Word));
            }
        }

        return (basedOn, vanish);
    }

    /// <summary>The style's own w:vanish, else that of the style it is based on, followed up the chain (a cycle ends it).</summary>
    private static bool? Resolve(Dictionary<string, (string? BasedOn, bool? Vanish)> styles, string id)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var current = id; current is not null && seen.Add(current) && styles.TryGetValue(current, out var style); current = style.BasedOn)
        {
            if (style.Vanish is { } vanish)
            {
                return vanish;
            }
        }

        return null;
    }

    /// <summary>The styles part named by the main part's relationships (word/styles.xml in every Word file seen).</summary>
    private static ZipArchiveEntry? StylesPart(ZipArchive zip, string mainPart)
    {
        var folder = mainPart.Contains('/', StringComparison.Ordinal) ? mainPart[..(mainPart.LastIndexOf('/') + 1)] : string.Empty;
        var rels = zip.GetEntry($"{folder}_rels/{mainPart[folder.Length..]}.rels");
        if (rels is null)
        {
            return null;
        }

        using var stream = rels.Open();
        using var xml = XmlReader.Create(stream, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit });
        while (xml.ReadToFollowing("Relationship", Relationships))
        {
            if (xml.GetAttribute("Type")?.EndsWith(StylesType, StringComparison.Ordinal) == true && xml.GetAttribute("Target") is { } target
                && xml.GetAttribute("TargetMode") is null or "Internal")
            {
                return zip.GetEntry(target.StartsWith('/') ? target.TrimStart('/') : folder + target);
            }
        }

        return null;
    }
}
