using System.IO.Compression;
using System.Xml;

namespace Fincomp.Audit.Reading;

/// <summary>
/// The styles of a Word file that decide whether text is hidden: a paragraph or character style whose run properties
/// carry w:vanish hides every run it applies to, as direct w:vanish does, and a style based on it hides too unless it
/// says otherwise; the document defaults (w:docDefaults) hide every run no style or run property shows; a table
/// style hides the text of its cells, the whole table or, by its conditional formats (w:tblStylePr), its first row,
/// last column, banded rows…. Word applies them from the defaults up: table style, paragraph style, character style,
/// the run's own properties, the nearer one deciding. Read from the styles part the main document names; a file
/// without one hides nothing by style.
/// </summary>
internal sealed class DocxHiddenStyles
{
    private const string Word = DocxNames.WordNamespace;
    private const string Relationships = "http://schemas.openxmlformats.org/package/2006/relationships";
    private const string StylesType = "/styles";

    /// <summary>The conditional format that stands for the whole table, as the table style's own run properties do.</summary>
    private const string WholeTable = "wholeTable";

    private readonly Dictionary<string, bool> _hides;
    private readonly Dictionary<string, DocxTableStyle> _tables;

    private DocxHiddenStyles(Dictionary<string, bool> hides, Dictionary<string, DocxTableStyle> tables, bool defaultHides, string? defaultParagraph, string? defaultTable)
    {
        _hides = hides;
        _tables = tables;
        DefaultHides = defaultHides;
        DefaultParagraphStyle = defaultParagraph;
        DefaultTableStyle = defaultTable;
    }

    /// <summary>Whether the document defaults hide text that nothing else shows.</summary>
    public bool DefaultHides { get; }

    /// <summary>The paragraph style of a paragraph that names none (Word's "Normal", w:default="1").</summary>
    public string? DefaultParagraphStyle { get; }

    /// <summary>The table style of a table that names none (w:default="1").</summary>
    public string? DefaultTableStyle { get; }

    /// <summary>Whether a w:vanish (or other on/off property) with this w:val is on: absent, "1", "true" and "on" are.</summary>
    public static bool IsOn(string? value) => value is not ("0" or "false" or "off");

    /// <summary>Whether the style hides its text (true), shows it though a style it is based on hides (false), or says nothing (null).</summary>
    public bool? Hides(string? styleId) =>
        styleId is { Length: > 0 } && _hides.TryGetValue(styleId, out var hides) ? hides : null;

    /// <summary>The table style's w:vanish for each conditional format it (or a style it is based on) sets; null when it sets none.</summary>
    public DocxTableStyle? Table(string? styleId) =>
        (styleId is { Length: > 0 } ? styleId : DefaultTableStyle) is { } id && _tables.TryGetValue(id, out var table) ? table : null;

    public static DocxHiddenStyles Read(ZipArchive zip, string mainPart)
    {
        ArgumentNullException.ThrowIfNull(zip);
        ArgumentNullException.ThrowIfNull(mainPart);
        if (StylesPart(zip, mainPart) is not { } entry)
        {
            return new DocxHiddenStyles([], [], defaultHides: false, defaultParagraph: null, defaultTable: null);
        }

        var own = new Dictionary<string, StyleEntry>(StringComparer.Ordinal);
        var defaultHides = false;
        using (var stream = entry.Open())
        using (var xml = XmlReader.Create(stream, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, IgnoreComments = true }))
        {
            while (xml.Read())
            {
                if (xml.NodeType != XmlNodeType.Element || xml.NamespaceURI != Word)
                {
                    continue;
                }

                if (xml.LocalName == "docDefaults")
                {
                    defaultHides = DefaultVanish(xml);
                }
                else if (xml.LocalName == "style" && xml.GetAttribute("styleId", Word) is { Length: > 0 } id)
                {
                    own[id] = Style(xml);
                }
            }
        }

        var hides = new Dictionary<string, bool>(StringComparer.Ordinal);
        var tables = new Dictionary<string, DocxTableStyle>(StringComparer.Ordinal);
        foreach (var (id, style) in own)
        {
            if (Resolve(own, id, s => s.Vanish) is { } hidden)
            {
                hides[id] = hidden;
            }

            if (style.Type == "table")
            {
                var conditions = new Dictionary<string, bool>(StringComparer.Ordinal);
                foreach (var condition in Chain(own, id).SelectMany(s => s.Conditions.Keys).Distinct(StringComparer.Ordinal))
                {
                    if (Resolve(own, id, s => s.Conditions.TryGetValue(condition, out var v) ? v : null) is { } vanish)
                    {
                        conditions[condition] = vanish;
                    }
                }

                if (conditions.Count > 0)
                {
                    tables[id] = new DocxTableStyle(conditions);
                }
            }
        }

        string? DefaultOf(string type) => own.Where(s => s.Value.Type == type && s.Value.IsDefault).Select(s => s.Key).Order(StringComparer.Ordinal).FirstOrDefault();
        return new DocxHiddenStyles(hides, tables, defaultHides, DefaultOf("paragraph"), DefaultOf("table"));
    }

    /// <summary>w:docDefaults › w:rPrDefault › w:rPr › w:vanish, read from the w:docDefaults element the reader is on.</summary>
    private static bool DefaultVanish(XmlReader xml)
    {
        var vanish = false;
        using var defaults = xml.ReadSubtree();
        while (defaults.Read())
        {
            if (defaults.NodeType == XmlNodeType.Element && defaults.NamespaceURI == Word && defaults.LocalName == "vanish" && defaults.Depth == 3)
            {
                vanish = IsOn(defaults.GetAttribute("val", Word));
            }
        }

        return vanish;
    }

    /// <summary>
    /// The style's type, w:basedOn, the w:vanish of its own run properties (w:rPr) and, for a table style, of each of
    /// its conditional formats, reading the style element whole.
    /// </summary>
    private static StyleEntry Style(XmlReader xml)
    {
        var type = xml.GetAttribute("type", Word) ?? "paragraph";
        var isDefault = xml.GetAttribute("default", Word) is { } d && IsOn(d);
        string? basedOn = null;
        bool? vanish = null;
        var conditions = new Dictionary<string, bool?>(StringComparer.Ordinal);
        string? condition = null;
        using var style = xml.ReadSubtree();
        while (style.Read())
        {
            if (style.NodeType != XmlNodeType.Element || style.NamespaceURI != Word)
            {
                continue;
            }

            if (style.Depth == 1)
            {
                condition = style.LocalName == "tblStylePr" ? style.GetAttribute("type", Word) : null;
            }

            if (style.LocalName == "basedOn" && style.Depth == 1)
            {
                basedOn = style.GetAttribute("val", Word);
            }
            else if (style.LocalName == "vanish" && style.Depth == 2)
            {
                // w:style (depth 0 of the subtree) › w:rPr › w:vanish; for a table style, its whole table.
                vanish = IsOn(style.GetAttribute("val", Word));
            }
            else if (style.LocalName == "vanish" && style.Depth == 3 && condition is { Length: > 0 })
            {
                // w:style › w:tblStylePr w:type="firstRow" › w:rPr › w:vanish.
                conditions[condition] = IsOn(style.GetAttribute("val", Word));
            }
        }

        if (type == "table" && vanish is { } whole && !conditions.ContainsKey(WholeTable))
        {
            conditions[WholeTable] = whole;
        }

        return new StyleEntry(type, isDefault, basedOn, type == "table" ? null : vanish, conditions);
    }

    /// <summary>The style and those it is based on, nearest first (a cycle ends it).</summary>
    private static IEnumerable<StyleEntry> Chain(Dictionary<string, StyleEntry> styles, string id)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var current = id; current is not null && seen.Add(current) && styles.TryGetValue(current, out var style); current = style.BasedOn)
        {
            yield return style;
        }
    }

    /// <summary>The style's own setting, else that of the style it is based on, followed up the chain.</summary>
    private static bool? Resolve(Dictionary<string, StyleEntry> styles, string id, Func<StyleEntry, bool?> setting) =>
        Chain(styles, id).Select(setting).FirstOrDefault(v => v is not null);

    private sealed record StyleEntry(string Type, bool IsDefault, string? BasedOn, bool? Vanish, Dictionary<string, bool?> Conditions);

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
