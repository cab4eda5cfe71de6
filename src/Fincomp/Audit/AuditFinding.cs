namespace Fincomp.Audit;

/// <summary>One violation the audit found: its code, what is wrong (Chinese, with the figures), and where.</summary>
internal sealed record AuditFinding(string Code, string Message, AuditPlace Place)
{
    /// <summary>The other places involved (the table cell a sentence disagrees with, the whole of a part).</summary>
    public IReadOnlyList<AuditPlace> Related { get; init; } = [];
}
