using System.Collections.Concurrent;
using System.Diagnostics;
using Fincomp.Compilation;
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

    public UnitOutcome Run(string file)
    {
        var started = Stopwatch.GetTimestamp();
        var prepared = _preparation.Prepare(file);
        if (prepared.Figures is not { } figures)
        {
            return new UnitOutcome(file, UnitStatus.Unreadable, prepared.Diagnostics, [], Stopwatch.GetElapsedTime(started));
        }

        if (prepared.HasErrors && !settings.Force)
        {
            return new UnitOutcome(file, UnitStatus.Failed, prepared.Diagnostics, [], Stopwatch.GetElapsedTime(started)) { Figures = figures };
        }

        var manifest = prepared.Manifest;
        var options = new CompileOptions
        {
            TemplateDirectory = settings.TemplateDirectory ?? ManifestLoader.Resolve(prepared.ManifestFolder, manifest?.Templates),
            ReferenceDocument = settings.ReferenceDocument ?? ManifestLoader.Resolve(prepared.ManifestFolder, manifest?.ReferenceDoc),
            ChartFontFile = settings.ChartFontFile ?? ManifestLoader.Resolve(prepared.ManifestFolder, manifest?.ChartFont),
        };
        var directory = settings.OutputDirectory
            ?? ManifestLoader.Resolve(prepared.ManifestFolder, manifest?.Output)
            ?? (Path.GetDirectoryName(Path.GetFullPath(file)) ?? ".");
        var basePath = Path.Combine(directory, manifest.OutputName(file, figures.Unit));
        _swept.GetOrAdd(Path.GetFullPath(directory), folder =>
            AtomicFile.SweepStale(folder, StaleAfter, settings.Clock.GetUtcNow().UtcDateTime) >= 0);
        var built = ReportBuilder.Build(figures, options, basePath, settings.Formats);
        var status = !built.Succeeded ? UnitStatus.Unreadable : prepared.HasErrors ? UnitStatus.Forced : UnitStatus.Succeeded;
        return new UnitOutcome(file, status, [.. prepared.Diagnostics, .. built.Diagnostics], built.Written, Stopwatch.GetElapsedTime(started)) { Figures = figures };
    }
}
