using Fincomp.Diagnostics;
using Fincomp.Model;

namespace Fincomp.Checks;

/// <summary>
/// A text written in the unit file, where it is, a short label (key, paragraph number) for messages, the node that
/// holds it and, when it was read from a file, how it was written (so a fragment can be located inside it).
/// </summary>
public sealed record TextField(string Label, string Text, SourceSpan Span, ModelNode? Owner = null, WrittenText? Written = null)
{
    /// <summary>
    /// The most findings of one rule listed for one text. A pasted or garbled text can repeat a fault thousands of
    /// times; past this many, one further finding counts the rest, so the output stays readable and each finding's
    /// position (which costs a walk through the written text) is worked out only for those listed.
    /// </summary>
    public const int MaxFindings = 20;

    /// <summary>Characters of context shown on each side of a quoted fragment.</summary>
    private const int Context = 6;

    /// <summary>
    /// The first <see cref="MaxFindings"/> of <paramref name="findings"/> (each made only when listed), then, when
    /// there are more, one finding of <paramref name="rule"/> at the text's start saying how many were not listed.
    /// </summary>
    public IEnumerable<Diagnostic> Capped(RuleInfo rule, IEnumerable<Func<Diagnostic>> findings)
    {
        ArgumentNullException.ThrowIfNull(rule);
        ArgumentNullException.ThrowIfNull(findings);
        var count = 0;
        foreach (var finding in findings)
        {
            if (++count <= MaxFindings)
            {
                yield return finding();
            }
        }

        if (count > MaxFindings)
        {
            yield return rule.At(Span, $"{Label}中还有 {count - MaxFindings} 处同类问题未列出（同一段文字每条规则只列出前 {MaxFindings} 处）。");
        }
    }

    /// <summary>The line and column of the character at <paramref name="offset"/>, or the text's start when unknown.</summary>
    public SourceSpan At(int offset) => Written?.Locate(Text, offset) ?? Span;

    /// <summary>The fragment with a little context on each side, "…" marking what is cut, for quoting in a message.</summary>
    public string Quote(int offset, int length)
    {
        var start = Math.Max(0, offset - Context);
        var end = Math.Min(Text.Length, offset + length + Context);
        return $"{(start > 0 ? "…" : "")}{Text[start..end]}{(end < Text.Length ? "…" : "")}";
    }
}
