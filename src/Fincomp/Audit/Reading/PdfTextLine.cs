namespace Fincomp.Audit.Reading;

/// <summary>One printed line outside the tables: its page, top edge, left and right ends, font size and text.</summary>
internal sealed record PdfTextLine(int Page, double Top, double Left, double Right, double Size, string Text) : PdfItem(Page, Top);
