using Fincomp.Document;

namespace Fincomp.Writers;

/// <summary>
/// Writes a compiled document in one file format. Every writer takes the same finished tree, so a new format is one
/// more implementation and nothing upstream changes.
/// </summary>
internal interface IReportWriter
{
    /// <summary>Writes <paramref name="document"/> to <paramref name="output"/>; the stream is left open.</summary>
    void Write(ReportDocument document, Stream output);
}
