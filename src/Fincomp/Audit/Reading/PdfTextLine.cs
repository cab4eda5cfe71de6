namespace Fincomp.Audit.Reading;

/// <summary>
/// One printed line outside the tables: its page, top edge, left and right ends, font size and text, and the width of
/// its first piece a line breaker keeps whole (<see cref="PdfLineLead"/>).
/// </summary>
internal sealed record PdfTextLine(int Page, double Top, double Left, double Right, double Size, string Text, double LeadWidth) : PdfItem(Page, Top);
