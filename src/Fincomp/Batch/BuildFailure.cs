using Fincomp.Diagnostics;
using Fincomp.Narrative;

namespace Fincomp.Batch;

/// <summary>
/// Names what stopped a unit's report, from the codes of its build errors: a write failure is not an unreadable input,
/// and a broken template is neither, so each gets its own status, summary word and exit code.
/// </summary>
internal static class BuildFailure
{
    /// <summary>The codes of what the command was given besides the unit: templates, reference document, chart font.</summary>
    private static readonly HashSet<string> TemplateCodes = new(StringComparer.Ordinal)
    {
        NarrativeCodes.TemplateSyntax,
        NarrativeCodes.TemplateRuntime,
        NarrativeCodes.TemplateNotFound,
        NarrativeCodes.TemplatePathRejected,
        NarrativeCodes.UnknownDirective,
        NarrativeCodes.ReferenceDocumentUnusable,
        NarrativeCodes.ChartFontUnusable,
    };

    /// <summary>The status of a unit whose build failed with <paramref name="diagnostics"/>.</summary>
    public static UnitStatus StatusOf(IEnumerable<Diagnostic> diagnostics)
    {
        var codes = diagnostics.Where(d => d.Severity == Severity.Error).Select(d => d.Code).ToList();
        return codes.Any(TemplateCodes.Contains) ? UnitStatus.TemplateFailed
            : codes.Any(Audit.AuditCodes.IsAuditFinding) ? UnitStatus.AuditFailed
            : codes.Contains(NarrativeCodes.OutputFailed) ? UnitStatus.WriteFailed
            : UnitStatus.Unreadable;
    }
}
