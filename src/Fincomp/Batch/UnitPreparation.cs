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

    public PreparedUnit Prepare(string file) => InputSelection.IsUnitFile(file) ? Finish(file, _loader.Load(file)) : NotAUnitFile(file);

    /// <summary>
    /// What decides where a unit's report goes, and which unit and year it is, without deriving or checking the unit:
    /// its folder's manifest and the unit itself (loaded, and let go: a batch must not hold every unit's model). Null
    /// when the file is known to be unreadable as a unit; a unit not loaded here may still turn out unreadable.
    /// </summary>
    public (BatchManifest? Manifest, string ManifestFolder, Model.UnitYear Unit)? Locate(string file)
    {
        if (!InputSelection.IsUnitFile(file))
        {
            return null;
        }

        var (manifest, folder, manifestDiagnostics) = _manifests.For(file);
        if (manifestDiagnostics.Any(d => d.Severity == Severity.Error))
        {
            return null;
        }

        var loaded = _loader.Load(file);
        return loaded.Succeeded ? (manifest, folder, loaded.Unit!) : null;
    }

    /// <summary>Prepares a unit whose text is already in memory (<c>fincomp check -</c> reads standard input).</summary>
    public PreparedUnit PrepareText(string text, string name) => Finish(name, _loader.LoadText(text, name));

    /// <summary>
    /// A file named on the command line that is not .yaml or .yml: one message naming the kinds fincomp reads, not
    /// hundreds of YAML errors from reading a text or other file as a unit.
    /// </summary>
    private static PreparedUnit NotAUnitFile(string file)
    {
        var extension = Path.GetExtension(file);
        var what = extension.Length == 0 ? "没有扩展名" : $"扩展名是 {extension}";
        var message = $"这个文件{what}，不是 fincomp 能读的文件：单位文件须为 .yaml 或 .yml，fincomp check 核对的成稿报告须为 .docx 或 .pdf。";
        return new PreparedUnit(null, null, Path.GetDirectoryName(Path.GetFullPath(file)) ?? "", [new Diagnostic(InputCodes.Unreadable, Severity.Error, message, SourceSpan.StartOf(file))]);
    }

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
