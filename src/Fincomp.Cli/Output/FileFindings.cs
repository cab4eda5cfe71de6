using Fincomp.Batch;
using Fincomp.Diagnostics;

namespace Fincomp.Cli.Output;

/// <summary>The findings of one input file, already sorted (line, column, code), and whether it passed.</summary>
internal sealed record FileFindings(string File, IReadOnlyList<Diagnostic> Diagnostics, UnitStatus Status);
