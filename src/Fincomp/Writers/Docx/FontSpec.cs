using DocumentFormat.OpenXml.Wordprocessing;

namespace Fincomp.Writers.Docx;

/// <summary>
/// A font as a run needs it: the Chinese face (w:eastAsia), the face for Latin letters and digits, and the size in
/// half-points. Word ignores a Chinese face given only as ascii/hAnsi, so every run carries all three.
/// </summary>
internal sealed record FontSpec(string EastAsia, int HalfPoints, bool Bold = false, string Latin = "Times New Roman")
{
    public RunProperties ToRunProperties(bool bold = false)
    {
        var properties = new RunProperties(new RunFonts { Ascii = Latin, HighAnsi = Latin, EastAsia = EastAsia, ComplexScript = Latin });
        if (Bold || bold)
        {
            properties.Append(new Bold(), new BoldComplexScript());
        }

        var size = HalfPoints.ToString(System.Globalization.CultureInfo.InvariantCulture);
        properties.Append(new FontSize { Val = size }, new FontSizeComplexScript { Val = size });
        return properties;
    }

    /// <summary>The same properties as style XML (w:rPr), for the default reference document.</summary>
    public string ToStyleXml()
    {
        var bold = Bold ? "<w:b/><w:bCs/>" : string.Empty;
        return $"<w:rPr><w:rFonts w:ascii=\"{Latin}\" w:hAnsi=\"{Latin}\" w:eastAsia=\"{EastAsia}\" w:cs=\"{Latin}\"/>{bold}"
            + $"<w:sz w:val=\"{HalfPoints}\"/><w:szCs w:val=\"{HalfPoints}\"/></w:rPr>";
    }
}
