using Fincomp.Diagnostics;
using Fincomp.Model;

namespace Fincomp.Input;

/// <summary>What loading one unit file gave: the model, unless the input had errors, and every diagnostic found.</summary>
public sealed record LoadResult(UnitYear? Unit, IReadOnlyList<Diagnostic> Diagnostics)
{
    public bool Succeeded => Unit is not null && !Diagnostics.Any(d => d.Severity == Severity.Error);
}
