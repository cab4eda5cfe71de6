using Fincomp.Diagnostics;

namespace Fincomp.Import;

/// <summary>The unit file text an import produced, or null when an error stopped it; and what was found on the way.</summary>
public sealed record ImportResult(string? Text, IReadOnlyList<Diagnostic> Diagnostics)
{
    public bool Succeeded => Text is not null;
}
