namespace Fincomp.Audit.Reading;

/// <summary>A picture a PDF page shows (a chart, a table pasted as an image), large enough to be one: no text is read from it.</summary>
internal sealed record PdfPicture(int Page, double Top) : PdfItem(Page, Top);
