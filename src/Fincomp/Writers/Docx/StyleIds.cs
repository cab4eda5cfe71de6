namespace Fincomp.Writers.Docx;

/// <summary>
/// The style ids the writer refers to. Headings use Word's built-in ids (Heading1 …) so that the navigation pane,
/// outline view and a TOC field find them; a reference document must define the same ids.
/// </summary>
internal static class StyleIds
{
    public const string Normal = "Normal";
    public const string Title = "Title";
    public const string ReportTitle = "ReportTitle";
    public const string Heading1 = "Heading1";
    public const string Heading2 = "Heading2";
    public const string Heading3 = "Heading3";
    public const string Heading4 = "Heading4";
    public const string BodyText = "BodyText";
    public const string Note = "Note";
    public const string Caption = "Caption";
    public const string Centered = "Centered";
    public const string RightAligned = "RightAligned";
    public const string TableTitle = "TableTitle";
    public const string TableUnit = "TableUnit";
    public const string TableText = "TableText";
    public const string Figure = "Figure";
    public const string Footer = "Footer";
    public const string TableGrid = "TableGrid";
    public const string Cover = "CoverLine";
    public const string ContentsHeading = "TOCHeading";
    public const string Contents1 = "TOC1";
    public const string Contents2 = "TOC2";
}
