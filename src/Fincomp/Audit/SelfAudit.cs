using Fincomp.Diagnostics;
using Fincomp.Document;
using Fincomp.Narrative;

namespace Fincomp.Audit;

/// <summary>
/// The audit of every build: a figure the compiled document contradicts is a defect of fincomp or of the template that
/// printed it, never of the clerk's data (the data was checked before), so each finding is an error that names that
/// template and the figure, and the report is not written. The clerk's own wording printed verbatim (a doubled
/// punctuation mark in a duty) is the exception: the unit check warns of it at its key.
/// </summary>
internal static class SelfAudit
{
    public static IReadOnlyList<Diagnostic> Check(ReportDocument document) => Check(document, UnitWording.None);

    /// <summary>
    /// The self-audit of a report compiled from a unit whose own texts are <paramref name="wording"/>: what the clerk
    /// wrote verbatim (a doubled "。。" in a duty) is the unit's, warned of by <c>fincomp check</c>, not a defect.
    /// </summary>
    public static IReadOnlyList<Diagnostic> Check(ReportDocument document, UnitWording wording)
    {
        ArgumentNullException.ThrowIfNull(document);
        return DocumentAuditor.Audit(document, wording).Select(f => ToDiagnostic(document, f)).ToList();
    }

    private static Diagnostic ToDiagnostic(ReportDocument document, AuditFinding finding)
    {
        var template = document.Blocks[finding.Place.BlockIndex].Template ?? NarrativeRenderer.EntryTemplate;
        var message = $"自检：{finding.Message}此处由模板 {template} 印出；这是 fincomp 或该模板的缺陷，不是单位数据的问题，请修正模板或报告此问题。";
        return new Diagnostic(finding.Code, Severity.Error, message, Span(document, template, finding.Place))
        {
            Related = finding.Related.Select(p => Span(document, document.Blocks[p.BlockIndex].Template ?? NarrativeRenderer.EntryTemplate, p)).ToList(),
        };
    }

    private static SourceSpan Span(ReportDocument document, string template, AuditPlace place) =>
        SourceSpan.At(template, $"输出{DocumentAuditor.Describe(document, place)}：“{place.Quote}”");
}
