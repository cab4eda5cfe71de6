using System.Collections.Concurrent;
using System.Diagnostics;
using Fincomp.Batch.Summary;
using Fincomp.Compilation;
using Fincomp.Diagnostics;
using Fincomp.IO;

namespace Fincomp.Batch;

/// <summary>
/// Builds one unit of a batch: prepare (load, defaults, check), refuse a unit with errors unless forced, compile once,
/// write every requested format. Thread-safe: one job serves all units of a batch.
/// </summary>
public sealed class BuildJob(BuildSettings settings)
{
    /// <summary>
    /// Older than any write of fincomp's own (a PDF conversion gives up after two minutes), so a run that is writing
    /// into the same folder right now never loses its temporary file.
    /// </summary>
    private static readonly TimeSpan StaleAfter = TimeSpan.FromMinutes(10);

    private readonly UnitPreparation _preparation = new();
    private readonly ConcurrentDictionary<string, bool> _swept = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, PreparedUnit> _planned = new(StringComparer.Ordinal);
    private IReadOnlyDictionary<string, Diagnostic> _refused = new Dictionary<string, Diagnostic>();

    /// <summary>
    /// Works out where each unit's report goes before anything is written, so that two units meant for one file, or a
    /// report meant for a unit file, are refused (<see cref="OutputCollisions"/>), and which unit and year each file is,
    /// so that a copy of a unit already in the batch is refused (<see cref="DuplicateUnits"/>) rather than built and
    /// counted twice. A unit that is not built (unreadable, or with errors and not forced) takes no file from another, so
    /// only the units that would collide are prepared here; the others are loaded here only for their name, year and
    /// output name, and prepared once, by <see cref="Run"/>. Preparing and keeping every unit here held a whole batch's
    /// models in memory until each was built.
    /// </summary>
    /// <param name="summary">The <c>--summary</c> file, if any: no report may be written to it.</param>
    public void Plan(IReadOnlyList<string> files, int jobs, string? summary = null)
    {
        ArgumentNullException.ThrowIfNull(files);
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, jobs) };
        var located = new (string File, string BasePath)?[files.Count];
        var identities = new (string File, string Name, int Year)?[files.Count];
        Parallel.For(0, files.Count, parallel, index =>
        {
            var file = files[index];
            try
            {
                if (_preparation.Locate(file) is { } place)
                {
                    located[index] = (file, BasePath(file, place.Manifest, place.ManifestFolder, place.Unit));
                    identities[index] = (file, place.Unit.Unit.Name, place.Unit.Unit.Year);
                }
            }
            catch (Exception exception) when (exception is not OutOfMemoryException)
            {
                // Left to Run, where the batch runner reports a defect as this unit's failure.
            }
        });
        var duplicates = DuplicateUnits.Find(identities.OfType<(string File, string Name, int Year)>().ToList());
        var candidates = located.OfType<(string File, string BasePath)>().Where(c => !duplicates.ContainsKey(c.File)).ToList();
        var colliding = OutputCollisions.Find(candidates, settings.Formats, files, summary);
        if (colliding.Count == 0)
        {
            _refused = Merged(colliding, duplicates);
            return;
        }

        // A unit that will not be built gives up its file: these few are prepared now to learn whether they are built.
        var notBuilt = new ConcurrentDictionary<string, bool>(StringComparer.Ordinal);
        Parallel.ForEach(colliding.Keys, parallel, file =>
        {
            try
            {
                var prepared = _preparation.Prepare(file);
                _planned[file] = prepared;
                if (prepared.Unit is null || (prepared.HasErrors && !settings.Force))
                {
                    notBuilt[file] = true;
                }
            }
            catch (Exception exception) when (exception is not OutOfMemoryException)
            {
                notBuilt[file] = true;
            }
        });
        _refused = Merged(OutputCollisions.Find([.. candidates.Where(c => !notBuilt.ContainsKey(c.File))], settings.Formats, files, summary), duplicates);
    }

    private static Dictionary<string, Diagnostic> Merged(IReadOnlyDictionary<string, Diagnostic> collisions, IReadOnlyDictionary<string, Diagnostic> duplicates)
    {
        var refused = new Dictionary<string, Diagnostic>(collisions, StringComparer.Ordinal);
        foreach (var (file, duplicate) in duplicates)
        {
            refused[file] = duplicate;
        }

        return refused;
    }

    public UnitOutcome Run(string file)
    {
        var started = Stopwatch.GetTimestamp();
        var prepared = _planned.TryRemove(file, out var planned) ? planned : _preparation.Prepare(file);
        if (prepared.Figures is not { } figures)
        {
            return new UnitOutcome(file, UnitStatus.Unreadable, prepared.Diagnostics, [], Stopwatch.GetElapsedTime(started));
        }

        if (_refused.TryGetValue(file, out var duplicate) && duplicate.Code == BatchCodes.DuplicateUnit)
        {
            // Whatever its findings, no file of a duplicated unit-year is built (which one is right is the clerk's to
            // say); its figures stay in its summary row, so the copies can be compared, and out of the totals.
            return new UnitOutcome(file, UnitStatus.DuplicateUnit, [.. prepared.Diagnostics, duplicate], [], Stopwatch.GetElapsedTime(started)) { RollUp = RollUpFigures.Of(figures) };
        }

        if (prepared.HasErrors && !settings.Force)
        {
            return new UnitOutcome(file, UnitStatus.Failed, prepared.Diagnostics, [], Stopwatch.GetElapsedTime(started)) { RollUp = RollUpFigures.Of(figures) };
        }

        if (_refused.TryGetValue(file, out var refusal))
        {
            return new UnitOutcome(file, UnitStatus.OutputConflict, [.. prepared.Diagnostics, refusal], [], Stopwatch.GetElapsedTime(started)) { RollUp = RollUpFigures.Of(figures) };
        }

        var manifest = prepared.Manifest;
        var options = new CompileOptions
        {
            TemplateDirectory = settings.TemplateDirectory ?? ManifestLoader.Resolve(prepared.ManifestFolder, manifest?.Templates),
            ReferenceDocument = settings.ReferenceDocument ?? ManifestLoader.Resolve(prepared.ManifestFolder, manifest?.ReferenceDoc),
            ChartFontFile = settings.ChartFontFile ?? ManifestLoader.Resolve(prepared.ManifestFolder, manifest?.ChartFont),
            ContentsPageNumbers = settings.ContentsPageNumbers,
        };
        var basePath = BasePath(file, manifest, prepared.ManifestFolder, figures.Unit);
        var directory = Path.GetDirectoryName(Path.GetFullPath(basePath))!;
        _swept.GetOrAdd(Path.GetFullPath(directory), folder =>
            AtomicFile.SweepStale(folder, StaleAfter, settings.Clock.GetUtcNow().UtcDateTime) >= 0);
        var built = ReportBuilder.Build(figures, options, basePath, settings.Formats);
        var status = !built.Succeeded ? BuildFailure.StatusOf(built.Diagnostics) : prepared.HasErrors ? UnitStatus.Forced : UnitStatus.Succeeded;
        return new UnitOutcome(file, status, [.. prepared.Diagnostics, .. built.Diagnostics], built.Written, Stopwatch.GetElapsedTime(started)) { RollUp = RollUpFigures.Of(figures) };
    }

    /// <summary>Where the unit's report goes, without extension: -o, else the manifest's output folder, else beside the input.</summary>
    private string BasePath(string file, BatchManifest? manifest, string manifestFolder, Model.UnitYear? unit)
    {
        var directory = settings.OutputDirectory
            ?? ManifestLoader.Resolve(manifestFolder, manifest?.Output)
            ?? (Path.GetDirectoryName(Path.GetFullPath(file)) ?? ".");
        return Path.Combine(directory, manifest.OutputName(file, unit));
    }
}
