using Fincomp.IO;

namespace Fincomp.Batch;

/// <summary>
/// Expands what a user names on the command line into unit files: a file as is; a folder into its *.yaml/*.yml files
/// (not recursing, so a history/ folder of last years' files is not built, and leaving out the folder's fincomp.yaml
/// manifest); a name with * or ? in its last part into the matching files. Duplicates are removed by real path (one
/// file named as "a", "./a", "dir//a" or absolutely is one unit, built and counted once, under its first spelling in
/// ordinal order), and the order is ordinal, so output never depends on the file system's order.
/// </summary>
public static class InputSelection
{
    public const string ManifestFileName = "fincomp.yaml";

    public static IReadOnlyList<string> Expand(IEnumerable<string> paths)
    {
        var files = new List<string>();
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                files.AddRange(UnitFilesIn(path, "*"));
            }
            else if (Path.GetFileName(path).IndexOfAny(['*', '?']) >= 0)
            {
                var directory = Path.GetDirectoryName(path);
                var folder = string.IsNullOrEmpty(directory) ? "." : directory;
                if (Directory.Exists(folder))
                {
                    files.AddRange(UnitFilesIn(folder, Path.GetFileName(path)).Select(f => string.IsNullOrEmpty(directory) ? Path.GetFileName(f) : f));
                }
            }
            else
            {
                files.Add(path);
            }
        }

        return files.Order(StringComparer.Ordinal).DistinctBy(RealPath.Of, RealPath.Comparer).ToList();
    }

    /// <summary>Whether <paramref name="path"/> has a unit file's extension, .yaml or .yml.</summary>
    public static bool IsUnitFile(string path) =>
        path.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".yml", StringComparison.OrdinalIgnoreCase);

    private static IEnumerable<string> UnitFilesIn(string folder, string pattern) =>
        Directory.EnumerateFiles(folder, pattern)
            .Where(IsUnitFile)
            .Where(f => !string.Equals(Path.GetFileName(f), ManifestFileName, StringComparison.OrdinalIgnoreCase));
}
