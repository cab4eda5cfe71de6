using Fincomp.Derivation;
using Fincomp.Diagnostics;
using Fincomp.Model;

namespace Fincomp.Batch;

/// <summary>What happened to one unit in a batch: its status, its findings, what was written and how long it took.</summary>
public sealed record UnitOutcome(string File, UnitStatus Status, IReadOnlyList<Diagnostic> Diagnostics, IReadOnlyList<string> Outputs, TimeSpan Elapsed)
{
    /// <summary>The unit's derived figures, for the roll-up; null when it could not be read.</summary>
    public ReportFigures? Figures { get; init; }

    /// <summary>The loaded unit; null when it could not be read.</summary>
    public UnitYear? Unit => Figures?.Unit;

    /// <summary>A one-line reason when the unit failed for something other than its findings (an I/O error).</summary>
    public string? Failure { get; init; }

    public int Errors => Diagnostics.Count(d => d.Severity == Severity.Error);

    public int Warnings => Diagnostics.Count(d => d.Severity == Severity.Warning);
}
