using Fincomp.Diagnostics;
using Fincomp.Input;

namespace Fincomp.Batch;

/// <summary>Finds and reads the fincomp.yaml of a folder, with the same strictness and diagnostics as a unit file.</summary>
internal static class ManifestLoader
{
    /// <summary>The manifest of the folder <paramref name="folder"/>, or null (with no diagnostic) when it has none.</summary>
    public static BatchManifest? LoadFrom(string folder, List<Diagnostic> diagnostics)
    {
        var path = Path.Combine(folder, InputSelection.ManifestFileName);
        if (!File.Exists(path))
        {
            return null;
        }

        var bag = new DiagnosticBag();
        var bytes = UnitLoader.ReadBytes(path, bag);
        var manifest = bytes is null ? null : UnitLoader.ParseModel<BatchManifest>(bytes, path, bag);
        diagnostics.AddRange(bag.Sorted());
        return bag.HasErrors ? null : manifest;
    }

    /// <summary>Resolves a path written in the manifest against the manifest's folder.</summary>
    public static string? Resolve(string folder, string? relative) =>
        relative is null ? null : Path.Combine(folder, relative);
}
