namespace Fincomp.Compilation;

/// <summary>The formats a report can be written in.</summary>
public enum OutputFormat
{
    /// <summary>The Word document units publish.</summary>
    Docx,

    /// <summary>A standalone web page for the government website.</summary>
    Html,

    /// <summary>A PDF, converted from the Word document by LibreOffice.</summary>
    Pdf,

    /// <summary>The nine 公开表 as an Excel workbook, in the layout bureaus publish.</summary>
    Xlsx,
}
