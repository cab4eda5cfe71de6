using Fincomp.Diagnostics;
using Fincomp.Document;

namespace Fincomp.Audit.Reading;

/// <summary>
/// A PDF report read back: the document tree the audit runs on, and where each block was printed — the page each line
/// of a paragraph starts (by its offset in the paragraph's text) and the page of each table row — with the number each
/// page prints for itself, so that a finding names the page a person turns to.
/// </summary>
internal sealed class PdfReport(ReportDocument document, IReadOnlyList<IReadOnlyList<(int Offset, int Page)>> blockPages, IReadOnlyList<int?> printedPages)
{
    public ReportDocument Document { get; } = document;

    /// <summary>The page the quoted text is printed on (the file's and the one printed in its footer) and, in a table, its title.</summary>
    public DocumentLocation Locate(AuditPlace place)
    {
        ArgumentNullException.ThrowIfNull(place);
        var pages = blockPages[place.BlockIndex];
        var block = Document.Blocks[place.BlockIndex];
        if (block is Table table)
        {
            var row = place.Row is { } r ? Math.Clamp(r - 1, 0, pages.Count - 1) : 0;
            return OnPage(pages[row].Page) with { Table = table.Title ?? string.Empty, TableNumber = DocumentAuditor.TableNumber(Document, place.BlockIndex) };
        }

        var text = block switch
        {
            Paragraph paragraph => paragraph.Text,
            Heading heading => heading.Text,
            _ => string.Empty,
        };
        // The quote is of the text as the audit read it (full-width and spaced figures as figures): it is found there
        // and its offset taken back to the printed text, whose lines the pages are known by.
        var at = place.Quote.Length > 0 ? HandTypedFigures.Normalise(text).IndexOf(place.Quote, StringComparison.Ordinal) : -1;
        at = at < 0 ? -1 : HandTypedFigures.OriginalOffset(text, at);
        return OnPage(pages.LastOrDefault(p => p.Offset <= Math.Max(at, 0), pages[0]).Page);
    }

    private DocumentLocation OnPage(int page) =>
        new() { Page = page, PrintedPage = page < printedPages.Count ? printedPages[page] : null };
}
