using Fincomp.Diagnostics;
using Fincomp.Document;

namespace Fincomp.Compilation;

/// <summary>The compiled document, unless a template or directive failed, and what went wrong.</summary>
internal sealed record CompileResult(ReportDocument? Document, IReadOnlyList<Diagnostic> Diagnostics)
{
    public bool Succeeded => Document is not null && !Diagnostics.Any(d => d.Severity == Severity.Error);
}
