using Fincomp.Diagnostics;

namespace Fincomp.Checks;

/// <summary>A text written in the unit file, where it is, and a short label (key, paragraph number) for messages.</summary>
public sealed record TextField(string Label, string Text, SourceSpan Span);
