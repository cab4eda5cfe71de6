using System.Xml;

namespace Fincomp.Audit.Reading;

/// <summary>
/// The Word names the body reader looks for, added once to the name table its <see cref="XmlReader"/> uses: the
/// reader returns these very string instances, so a name is recognised by reference instead of by comparing text.
/// </summary>
internal sealed class DocxNames
{
    public const string WordNamespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    public DocxNames()
    {
        Word = Table.Add(WordNamespace);
        Paragraph = Table.Add("p");
        WordTable = Table.Add("tbl");
        Row = Table.Add("tr");
        Cell = Table.Add("tc");
        CellProperties = Table.Add("tcPr");
        Text = Table.Add("t");
        Run = Table.Add("r");
        Hidden = Table.Add("vanish");
        ParagraphStyle = Table.Add("pStyle");
        RunStyle = Table.Add("rStyle");
        GridSpan = Table.Add("gridSpan");
        VerticalMerge = Table.Add("vMerge");
        ContentControl = Table.Add("sdt");
        ContentControlContent = Table.Add("sdtContent");
        CustomXml = Table.Add("customXml");
        Value = Table.Add("val");
        TableGrid = Table.Add("tblGrid");
        GridColumn = Table.Add("gridCol");
        Width = Table.Add("w");
        TableProperties = Table.Add("tblPr");
        TableStyle = Table.Add("tblStyle");
        TableLook = Table.Add("tblLook");
        Break = Table.Add("br");
        Type = Table.Add("type");
        SectionProperties = Table.Add("sectPr");
        PageBreakBefore = Table.Add("pageBreakBefore");
        Drawing = Table.Add("drawing");
        Picture = Table.Add("pict");
    }

    public NameTable Table { get; } = new();

    public string Word { get; }

    public string Paragraph { get; }

    public string WordTable { get; }

    public string Row { get; }

    public string Cell { get; }

    public string CellProperties { get; }

    public string Text { get; }

    public string Run { get; }

    /// <summary>A run property: the run's text is hidden, not printed.</summary>
    public string Hidden { get; }

    public string ParagraphStyle { get; }

    /// <summary>A run property: the run's character style.</summary>
    public string RunStyle { get; }

    public string GridSpan { get; }

    public string VerticalMerge { get; }

    public string ContentControl { get; }

    public string ContentControlContent { get; }

    public string CustomXml { get; }

    public string Value { get; }

    /// <summary>A table's grid: the widths of the columns its cells span.</summary>
    public string TableGrid { get; }

    public string GridColumn { get; }

    /// <summary>The width attribute of a grid column, in twentieths of a point.</summary>
    public string Width { get; }

    /// <summary>A table's properties: its style and look.</summary>
    public string TableProperties { get; }

    public string TableStyle { get; }

    /// <summary>Which conditional formats of its style a table uses (first row, banded rows…).</summary>
    public string TableLook { get; }

    /// <summary>A break in a run: a page break when its w:type is "page".</summary>
    public string Break { get; }

    public string Type { get; }

    /// <summary>Section properties in a paragraph's properties: the section, and its page, ends with the paragraph.</summary>
    public string SectionProperties { get; }

    public string PageBreakBefore { get; }

    /// <summary>A picture in a run (DrawingML).</summary>
    public string Drawing { get; }

    /// <summary>A picture in a run (VML, as older Word and the fallback of a drawing write it).</summary>
    public string Picture { get; }
}
