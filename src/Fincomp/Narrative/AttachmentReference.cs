using System.Text.RegularExpressions;

namespace Fincomp.Narrative;

/// <summary>
/// A clerk's sentence that points to the self-evaluation attachment ("…开展绩效自评，自评报告见附件。"): when the report
/// has no attachment part, the pointer would lead nowhere, so the clause naming it is left out and the rest is kept.
/// </summary>
internal static partial class AttachmentReference
{
    [GeneratedRegex(@"[，,]?[^，,。；;]*见附件[^，,。；;]*")]
    private static partial Regex ReferenceClause();

    [GeneratedRegex(@"(^|[。；;])[。；;]+")]
    private static partial Regex EmptySentence();

    /// <summary>The text without its attachment clauses; null when nothing but the pointer was written.</summary>
    public static string? Without(string? text)
    {
        if (text is null || !text.Contains("见附件", StringComparison.Ordinal))
        {
            return text;
        }

        var kept = EmptySentence().Replace(ReferenceClause().Replace(text, string.Empty), "$1").Trim();
        return kept.Length == 0 ? null : kept;
    }
}
