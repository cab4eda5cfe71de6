using Fincomp.Checks;
using Fincomp.Derivation;
using Fincomp.Diagnostics;
using Fincomp.Input;

namespace Fincomp.Batch;

/// <summary>
/// Load → the folder's manifest defaults → the year's 科目 tables with extensions → derive → check: the first steps of
/// every batch command, in one place.
/// </summary>
public sealed class UnitPreparation
{
    private readonly UnitLoader _loader = new();
    private readonly ManifestCache _manifests = new();

    public PreparedUnit Prepare(string file) => Finish(file, _loader.Load(file));

    /// <summary>Prepares a unit whose text is already in memory (<c>fincomp check -</c> reads standard input).</summary>
    public PreparedUnit PrepareText(string text, string name) => Finish(name, _loader.LoadText(text, name));

    private PreparedUnit Finish(string file, LoadResult loaded)
    {
        var (manifest, folder, manifestDiagnostics) = _manifests.For(file);
        var diagnostics = new DiagnosticBag();
        diagnostics.AddRange(manifestDiagnostics);
        diagnostics.AddRange(loaded.Diagnostics);
        if (!loaded.Succeeded || manifestDiagnostics.Any(d => d.Severity == Severity.Error))
        {
            return new PreparedUnit(null, manifest, folder, diagnostics.Sorted());
        }

        var unit = manifest is null ? loaded.Unit! : manifest.ApplyTo(loaded.Unit!);
        var tables = UnitCodeTables.For(unit, file, manifest, folder, diagnostics);
        var figures = new ReportFigures(unit, tables);
        diagnostics.AddRange(UnitChecker.Check(figures));
        return new PreparedUnit(figures, manifest, folder, diagnostics.Sorted());
    }
}
