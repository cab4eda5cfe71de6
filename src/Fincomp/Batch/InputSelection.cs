using Fincomp.IO;

namespace Fincomp.Batch;

/// <summary>
/// Expands what a user names on the command line into unit files: a file as is; a folder into its *.yaml/*.yml files
/// (not recursing, so a history/ folder of last years' files is not built, and leaving out the folder's fincomp.yaml
/// manifest); a name with * or ? in its last part into the matching files. Duplicates are removed by real path (one
/// file named as "a", "./a", "dir//a" or absolutely is one unit, built and counted once, under its first spelling in
/// ordinal order), and so are files with the same bytes (hard links to one file, or a copy not changed since: one unit,
/// one report, counted once; see <see cref="SameContent"/>), and the order is ordinal, so output never depends on the file system's order. For <c>check</c>
/// (<c>withReports</c>) a folder or pattern also yields its finished reports, *.docx and *.pdf, which are
/// audited beside the unit files (a unit.yaml and the unit.docx built from it are two inputs, each reported on its own);
/// Word's lock files (~$名称.docx, left while a document is open) are not reports and are skipped.
/// </summary>
public static class InputSelection
{
    public const string ManifestFileName = "fincomp.yaml";

    public static IReadOnlyList<string> Expand(IEnumerable<string> paths, bool withReports = false)
    {
        var files = new List<string>();
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                files.AddRange(UnitFilesIn(path, "*", withReports));
            }
            else if (Path.GetFileName(path).IndexOfAny(['*', '?']) >= 0)
            {
                var directory = Path.GetDirectoryName(path);
                var folder = string.IsNullOrEmpty(directory) ? "." : directory;
                if (Directory.Exists(folder))
                {
                    files.AddRange(UnitFilesIn(folder, Path.GetFileName(path), withReports).Select(f => string.IsNullOrEmpty(directory) ? Path.GetFileName(f) : f));
                }
            }
            else
            {
                files.Add(path);
            }
        }

        return SameContent.Distinct(files.Order(StringComparer.Ordinal).DistinctBy(RealPath.Of, RealPath.Comparer).ToList());
    }

    /// <summary>Whether <paramref name="path"/> has a unit file's extension, .yaml or .yml.</summary>
    public static bool IsUnitFile(string path) =>
        path.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".yml", StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether <paramref name="path"/> has a finished report's extension, .docx or .pdf.</summary>
    public static bool IsReportFile(string path) =>
        path.EndsWith(".docx", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase);

    private static IEnumerable<string> UnitFilesIn(string folder, string pattern, bool withReports) =>
        Directory.EnumerateFiles(folder, pattern)
            .Where(f => IsUnitFile(f) || (withReports && IsReportFile(f) && !Path.GetFileName(f).StartsWith("~$", StringComparison.Ordinal)))
            .Where(f => !string.Equals(Path.GetFileName(f), ManifestFileName, StringComparison.OrdinalIgnoreCase));
}
