using System.Collections.Concurrent;
using Fincomp.Diagnostics;

namespace Fincomp.Batch;

/// <summary>Reads each folder's fincomp.yaml once per batch, however many of its units build in parallel.</summary>
public sealed class ManifestCache
{
    private readonly ConcurrentDictionary<string, Lazy<(BatchManifest? Manifest, IReadOnlyList<Diagnostic> Diagnostics)>> _folders = new(StringComparer.Ordinal);

    /// <summary>The manifest that governs <paramref name="unitFile"/> (its folder's), and the diagnostics of reading it.</summary>
    public (BatchManifest? Manifest, string Folder, IReadOnlyList<Diagnostic> Diagnostics) For(string unitFile)
    {
        var folder = Path.GetDirectoryName(unitFile) is { Length: > 0 } directory ? directory : ".";
        var entry = _folders.GetOrAdd(folder, f => new Lazy<(BatchManifest?, IReadOnlyList<Diagnostic>)>(() =>
        {
            var diagnostics = new List<Diagnostic>();
            var manifest = ManifestLoader.LoadFrom(f, diagnostics);
            return (manifest, diagnostics);
        })).Value;
        return (entry.Manifest, folder, entry.Diagnostics);
    }
}
