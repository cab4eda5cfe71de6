namespace Fincomp.Audit.Reading;

/// <summary>
/// A ruled table as printed on one page: rows of (text, column span, row span), merged cells found from the borders
/// that are not drawn. A table that runs on over the next page is a second part there, its heading rows repeated.
/// </summary>
internal sealed record PdfTablePart(int Page, double Top, IReadOnlyList<IReadOnlyList<(string Text, int Span, int RowSpan)>> Rows) : PdfItem(Page, Top);
