using Fincomp.Diagnostics;

namespace Fincomp.Compilation;

/// <summary>What building one unit wrote, and what went wrong (template, directive or output errors).</summary>
internal sealed record BuildResult(IReadOnlyList<Diagnostic> Diagnostics, IReadOnlyList<string> Written)
{
    public bool Succeeded => !Diagnostics.Any(d => d.Severity == Severity.Error);
}
