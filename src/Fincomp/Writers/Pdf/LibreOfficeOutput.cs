namespace Fincomp.Writers.Pdf;

/// <summary>
/// What one LibreOffice run over a report gave: the PDF when one was asked for (already checked by
/// <see cref="PdfCheck"/>), and the text of its updated contents, one entry a line, the page number after the last tab.
/// </summary>
internal sealed record LibreOfficeOutput(byte[]? Pdf, IReadOnlyList<string> Contents);
