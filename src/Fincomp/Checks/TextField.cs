using Fincomp.Diagnostics;
using Fincomp.Model;

namespace Fincomp.Checks;

/// <summary>
/// A text written in the unit file, where it is, a short label (key, paragraph number) for messages, the node that
/// holds it and, when it was read from a file, how it was written (so a fragment can be located inside it).
/// </summary>
public sealed record TextField(string Label, string Text, SourceSpan Span, ModelNode? Owner = null, WrittenText? Written = null)
{
    /// <summary>Characters of context shown on each side of a quoted fragment.</summary>
    private const int Context = 6;

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
