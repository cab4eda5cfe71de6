using Fincomp.Document;

namespace Fincomp.Audit.Reading;

/// <summary>
/// A PDF report read back: the document tree the audit runs on, and where each block was printed — the page each line
/// of a paragraph starts (by its offset in the paragraph's text) and the page of each table row — so that a finding
/// names the page a person turns to.
/// </summary>
internal sealed class PdfReport(ReportDocument document, IReadOnlyList<IReadOnlyList<(int Offset, int Page)>> blockPages)
{
    public ReportDocument Document { get; } = document;

    /// <summary>"第12页" or "第40页，表“收入决算表”", from the page the quoted text is printed on.</summary>
    public string Describe(AuditPlace place)
    {
        ArgumentNullException.ThrowIfNull(place);
        var pages = blockPages[place.BlockIndex];
        var block = Document.Blocks[place.BlockIndex];
        if (block is Table table)
        {
            var row = place.Row is { } r ? Math.Clamp(r - 1, 0, pages.Count - 1) : 0;
            return $"第{pages[row].Page}页，表“{table.Title}”";
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
        var page = pages.LastOrDefault(p => p.Offset <= Math.Max(at, 0), pages[0]).Page;
        return $"第{page}页";
    }
}
