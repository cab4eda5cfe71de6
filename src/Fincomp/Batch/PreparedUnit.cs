using Fincomp.Diagnostics;
using Fincomp.Model;
using Fincomp.Reference;

namespace Fincomp.Batch;

/// <summary>A unit loaded with its folder's defaults applied and checked: what both check and build start from.</summary>
public sealed record PreparedUnit(UnitYear? Unit, BatchManifest? Manifest, string ManifestFolder, IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>The 科目 tables the unit was checked with and is built with; null when the unit could not be read.</summary>
    public ClassificationTables? Tables { get; init; }

    /// <summary>The file could not be read as a unit (or its folder's manifest could not): nothing can be built.</summary>
    public bool Unreadable => Unit is null;

    public bool HasErrors => Diagnostics.Any(d => d.Severity == Severity.Error);
}
