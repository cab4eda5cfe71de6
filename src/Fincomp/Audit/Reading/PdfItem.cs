namespace Fincomp.Audit.Reading;

/// <summary>What a PDF page shows, in reading order: a line of text or a ruled table; <see cref="Top"/> orders them.</summary>
internal abstract record PdfItem(int Page, double Top);
