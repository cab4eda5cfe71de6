using Fincomp.Checks;
using Fincomp.Derivation;
using Fincomp.Diagnostics;
using Fincomp.Input;

namespace Fincomp.Batch;

/// <summary>Load → the folder's manifest defaults → derive → check: the first steps of every batch command, in one place.</summary>
public sealed class UnitPreparation
{
    private readonly UnitLoader _loader = new();
    private readonly ManifestCache _manifests = new();

    public PreparedUnit Prepare(string file)
    {
        var (manifest, folder, manifestDiagnostics) = _manifests.For(file);
        var loaded = _loader.Load(file);
        var diagnostics = new DiagnosticBag();
        diagnostics.AddRange(manifestDiagnostics);
        diagnostics.AddRange(loaded.Diagnostics);
        if (!loaded.Succeeded || manifestDiagnostics.Any(d => d.Severity == Severity.Error))
        {
            return new PreparedUnit(null, manifest, folder, diagnostics.Sorted());
        }

        var unit = manifest is null ? loaded.Unit! : manifest.ApplyTo(loaded.Unit!);
        var figures = ReportFigures.Of(unit);
        diagnostics.AddRange(UnitChecker.Check(figures));
        return new PreparedUnit(figures, manifest, folder, diagnostics.Sorted());
    }
}
