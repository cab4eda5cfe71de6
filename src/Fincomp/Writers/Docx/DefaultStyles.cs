using System.Text;

namespace Fincomp.Writers.Docx;

/// <summary>
/// The styles part of the default reference document: body 仿宋_GB2312 3号 with a two-character first-line indent
/// and a fixed 28pt line (22 lines a page), headings with outline levels, and compact 宋体 for tables. Every font,
/// size, indent and line spacing of the report lives here and nowhere in the body, so replacing this part (a user's
/// --reference-doc) restyles the whole document.
/// </summary>
internal static class DefaultStyles
{
    private const string ExactLine = "<w:spacing w:before=\"0\" w:after=\"0\" w:line=\"560\" w:lineRule=\"exact\"/>";
    private const string Indent = "<w:ind w:firstLineChars=\"200\" w:firstLine=\"640\"/>";
    private const string NoIndent = "<w:ind w:firstLineChars=\"0\" w:firstLine=\"0\"/>";

    /// <summary>
    /// The contents' entries at 24 pt rather than the body's 28: a page then holds 24 entries instead of 20, so a
    /// contents of twenty-odd entries does not leave its last one alone on a second page.
    /// </summary>
    private const string ContentsLine = "<w:spacing w:before=\"0\" w:after=\"0\" w:line=\"480\" w:lineRule=\"exact\"/>";

    /// <summary>A dotted right tab at the edge of the GB/T 9704 text block, where the contents print page numbers.</summary>
    private static readonly string ContentsTab =
        $"<w:tabs><w:tab w:val=\"right\" w:leader=\"middleDot\" w:pos=\"{PageSetup.PageWidth - PageSetup.Left - PageSetup.Right}\"/></w:tabs>";

    /// <summary>The part's XML, with its declaration, as the default reference document stores it.</summary>
    public static string Xml() => "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>" + StylesElement();

    /// <summary>The same styles as an element, to complete a reference document that lacks some of them.</summary>
    public static DocumentFormat.OpenXml.Wordprocessing.Styles Element() => new(StylesElement());

    private static string StylesElement()
    {
        var xml = new StringBuilder();
        xml.Append("<w:styles xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">");
        xml.Append("<w:docDefaults><w:rPrDefault>").Append(DocxFonts.Body.ToStyleXml())
            .Append("</w:rPrDefault><w:pPrDefault><w:pPr>").Append(ExactLine).Append("</w:pPr></w:pPrDefault></w:docDefaults>");
        Paragraph(xml, StyleIds.Normal, "Normal", null, ExactLine + "<w:jc w:val=\"both\"/>", DocxFonts.Body, isDefault: true);
        // The title opens the cover, a third of the way down the page; it has no outline level, so the contents leave it out.
        Paragraph(xml, StyleIds.Title, "Title", StyleIds.Normal, "<w:spacing w:before=\"3400\" w:after=\"1400\" w:line=\"700\" w:lineRule=\"exact\"/>" + NoIndent + "<w:jc w:val=\"center\"/>", DocxFonts.Title);
        // A report's title in the attachments: the title's face without the cover's drop to a third of the page.
        Paragraph(xml, StyleIds.ReportTitle, "Report Title", StyleIds.Title, "<w:spacing w:before=\"280\" w:after=\"560\" w:line=\"700\" w:lineRule=\"exact\"/>", DocxFonts.Title);
        Paragraph(xml, StyleIds.Cover, "Cover Line", StyleIds.Normal, "<w:spacing w:before=\"0\" w:after=\"0\" w:line=\"560\" w:lineRule=\"exact\"/>" + NoIndent + "<w:jc w:val=\"center\"/>", DocxFonts.Cover);
        Paragraph(xml, StyleIds.ContentsHeading, "TOC Heading", StyleIds.Normal, "<w:spacing w:before=\"0\" w:after=\"560\" w:line=\"560\" w:lineRule=\"exact\"/>" + NoIndent + "<w:jc w:val=\"center\"/>", DocxFonts.ContentsHeading);
        Paragraph(xml, StyleIds.Contents1, "toc 1", StyleIds.Normal, ContentsTab + ContentsLine + NoIndent, DocxFonts.Body);
        Paragraph(xml, StyleIds.Contents2, "toc 2", StyleIds.Normal, ContentsTab + ContentsLine + "<w:ind w:leftChars=\"200\" w:left=\"640\" w:firstLineChars=\"0\" w:firstLine=\"0\"/>", DocxFonts.Body);
        Paragraph(xml, StyleIds.Heading1, "heading 1", StyleIds.Normal, "<w:keepNext/>" + NoIndent + "<w:jc w:val=\"center\"/><w:outlineLvl w:val=\"0\"/>", DocxFonts.Part);
        Paragraph(xml, StyleIds.Heading2, "heading 2", StyleIds.Normal, "<w:keepNext/>" + Indent + "<w:outlineLvl w:val=\"1\"/>", DocxFonts.Section);
        Paragraph(xml, StyleIds.Heading3, "heading 3", StyleIds.Normal, "<w:keepNext/>" + Indent + "<w:outlineLvl w:val=\"2\"/>", DocxFonts.Subsection);
        Paragraph(xml, StyleIds.Heading4, "heading 4", StyleIds.Normal, "<w:keepNext/>" + Indent + "<w:outlineLvl w:val=\"3\"/>", DocxFonts.Item);
        Paragraph(xml, StyleIds.BodyText, "Body Text", StyleIds.Normal, ExactLine + Indent + "<w:jc w:val=\"both\"/>", DocxFonts.Body);
        Paragraph(xml, StyleIds.Note, "Note", StyleIds.Normal, "<w:spacing w:before=\"0\" w:after=\"0\" w:line=\"400\" w:lineRule=\"exact\"/>" + Indent, DocxFonts.Note);
        Paragraph(xml, StyleIds.Caption, "caption", StyleIds.Normal, "<w:spacing w:before=\"120\" w:after=\"240\" w:line=\"400\" w:lineRule=\"exact\"/>" + NoIndent + "<w:jc w:val=\"center\"/>", DocxFonts.Caption);
        Paragraph(xml, StyleIds.Centered, "Centered", StyleIds.Normal, NoIndent + "<w:jc w:val=\"center\"/>", DocxFonts.Body);
        Paragraph(xml, StyleIds.RightAligned, "Right Aligned", StyleIds.Normal, NoIndent + "<w:jc w:val=\"right\"/>", DocxFonts.Body);
        Paragraph(xml, StyleIds.TableTitle, "Table Title", StyleIds.Normal, "<w:keepNext/><w:spacing w:before=\"240\" w:after=\"120\" w:line=\"400\" w:lineRule=\"exact\"/>" + NoIndent + "<w:jc w:val=\"center\"/>", DocxFonts.TableTitle);
        Paragraph(xml, StyleIds.TableUnit, "Table Unit", StyleIds.Normal, "<w:keepNext/><w:spacing w:before=\"0\" w:after=\"60\" w:line=\"240\" w:lineRule=\"auto\"/>" + NoIndent + "<w:jc w:val=\"right\"/>", DocxFonts.Table);
        Paragraph(xml, StyleIds.TableText, "Table Text", StyleIds.Normal, "<w:spacing w:before=\"0\" w:after=\"0\" w:line=\"240\" w:lineRule=\"auto\"/>" + NoIndent + "<w:jc w:val=\"left\"/>", DocxFonts.Table);
        Paragraph(xml, StyleIds.Figure, "Figure", StyleIds.Normal, "<w:keepNext/><w:spacing w:before=\"120\" w:after=\"0\" w:line=\"240\" w:lineRule=\"auto\"/>" + NoIndent + "<w:jc w:val=\"center\"/>", DocxFonts.Body);
        Paragraph(xml, StyleIds.Footer, "footer", StyleIds.Normal, "<w:spacing w:before=\"0\" w:after=\"0\" w:line=\"240\" w:lineRule=\"auto\"/>" + NoIndent + "<w:jc w:val=\"center\"/>", DocxFonts.Footer);
        xml.Append("<w:style w:type=\"table\" w:default=\"1\" w:styleId=\"TableNormal\"><w:name w:val=\"Normal Table\"/><w:uiPriority w:val=\"99\"/><w:semiHidden/><w:unhideWhenUsed/>")
            .Append("<w:tblPr><w:tblInd w:w=\"0\" w:type=\"dxa\"/><w:tblCellMar><w:top w:w=\"0\" w:type=\"dxa\"/><w:left w:w=\"108\" w:type=\"dxa\"/><w:bottom w:w=\"0\" w:type=\"dxa\"/><w:right w:w=\"108\" w:type=\"dxa\"/></w:tblCellMar></w:tblPr></w:style>");
        xml.Append("<w:style w:type=\"table\" w:styleId=\"TableGrid\"><w:name w:val=\"Table Grid\"/><w:basedOn w:val=\"TableNormal\"/><w:uiPriority w:val=\"59\"/>")
            .Append("<w:pPr><w:spacing w:before=\"0\" w:after=\"0\" w:line=\"240\" w:lineRule=\"auto\"/>").Append(NoIndent).Append("</w:pPr>")
            .Append(DocxFonts.Table.ToStyleXml())
            .Append("<w:tblPr><w:tblBorders>")
            .Append(Border("top")).Append(Border("left")).Append(Border("bottom")).Append(Border("right")).Append(Border("insideH")).Append(Border("insideV"))
            .Append("</w:tblBorders></w:tblPr></w:style>");
        xml.Append("</w:styles>");
        return xml.ToString();
    }

    private static string Border(string side) => $"<w:{side} w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"/>";

    private static void Paragraph(StringBuilder xml, string id, string name, string? basedOn, string paragraphProperties, FontSpec font, bool isDefault = false)
    {
        xml.Append("<w:style w:type=\"paragraph\"").Append(isDefault ? " w:default=\"1\"" : string.Empty).Append(" w:styleId=\"").Append(id).Append("\">");
        xml.Append("<w:name w:val=\"").Append(name).Append("\"/>");
        if (basedOn is not null)
        {
            xml.Append("<w:basedOn w:val=\"").Append(basedOn).Append("\"/>");
        }

        xml.Append("<w:qFormat/>");
        xml.Append("<w:pPr>").Append(paragraphProperties).Append("</w:pPr>");
        xml.Append(font.ToStyleXml());
        xml.Append("</w:style>");
    }
}
