namespace Fincomp.Writers.Docx;

/// <summary>
/// A style's font: the Chinese face (w:eastAsia), the face for Latin letters and digits, and the size in half-points.
/// Word ignores a Chinese face given only as ascii/hAnsi, so every style names all of them. Runs never carry a font
/// of their own: the style decides, which is what lets a reference document restyle the whole report.
/// </summary>
internal sealed record FontSpec(string EastAsia, int HalfPoints, bool Bold = false, string Latin = "Times New Roman")
{
    /// <summary>The font as style XML (w:rPr), for the default reference document.</summary>
    public string ToStyleXml()
    {
        var bold = Bold ? "<w:b/><w:bCs/>" : string.Empty;
        return $"<w:rPr><w:rFonts w:ascii=\"{Latin}\" w:hAnsi=\"{Latin}\" w:eastAsia=\"{EastAsia}\" w:cs=\"{Latin}\" w:hint=\"eastAsia\"/>{bold}"
            + $"<w:sz w:val=\"{HalfPoints}\"/><w:szCs w:val=\"{HalfPoints}\"/><w:lang w:val=\"en-US\" w:eastAsia=\"zh-CN\" w:bidi=\"ar-SA\"/></w:rPr>";
    }
}
