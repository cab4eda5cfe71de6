using Fincomp.Diagnostics;

namespace Fincomp.Checks;

/// <summary>
/// What a rule is, for people: the code never changes once published (CI suppressions and unit files refer to it), the
/// texts feed <c>fincomp rules</c>, <c>fincomp explain</c> and docs/rules.md so the documentation cannot drift.
/// </summary>
public sealed record RuleInfo(string Code, Severity Severity, string Title, string Description, string Example, string Fix)
{
    /// <summary>A finding of this rule at its default severity.</summary>
    public Diagnostic At(SourceSpan span, string message, IReadOnlyList<SourceSpan>? related = null) =>
        new(Code, Severity, message, span) { Related = related ?? [] };

    /// <summary>A rounding-level note of this rule: reported as information, never as an error.</summary>
    public Diagnostic Note(SourceSpan span, string message, IReadOnlyList<SourceSpan>? related = null) =>
        new(Code, Severity.Info, message, span) { Related = related ?? [] };
}
