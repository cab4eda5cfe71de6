using Fincomp.Batch.Summary;
using Fincomp.Diagnostics;

namespace Fincomp.Batch;

/// <summary>What happened to one unit in a batch: its status, its findings, what was written and how long it took.</summary>
public sealed record UnitOutcome(string File, UnitStatus Status, IReadOnlyList<Diagnostic> Diagnostics, IReadOnlyList<string> Outputs, TimeSpan Elapsed)
{
    /// <summary>The unit's figures for the roll-up; null when it could not be read.</summary>
    public RollUpFigures? RollUp { get; init; }

    /// <summary>A one-line reason when the unit failed for something other than its findings (an I/O error).</summary>
    public string? Failure { get; init; }

    public int Errors => Diagnostics.Count(d => d.Severity == Severity.Error);

    public int Warnings => Diagnostics.Count(d => d.Severity == Severity.Warning);
}
