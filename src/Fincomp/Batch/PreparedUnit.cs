using Fincomp.Derivation;
using Fincomp.Diagnostics;
using Fincomp.Model;

namespace Fincomp.Batch;

/// <summary>
/// A unit loaded with its folder's defaults applied, its figures derived once and checked: what both check and build
/// start from.
/// </summary>
public sealed record PreparedUnit(ReportFigures? Figures, BatchManifest? Manifest, string ManifestFolder, IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>The unit checked and to be built: the one its <see cref="Figures"/> were derived from.</summary>
    public UnitYear? Unit => Figures?.Unit;

    /// <summary>The file could not be read as a unit (or its folder's manifest could not): nothing can be built.</summary>
    public bool Unreadable => Unit is null;

    public bool HasErrors => Diagnostics.Any(d => d.Severity == Severity.Error);
}
