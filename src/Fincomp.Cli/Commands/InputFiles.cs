namespace Fincomp.Cli.Commands;

/// <summary>
/// Expands the paths a user gives into unit files: a file as is, a folder into its *.yaml files (not recursing, and
/// leaving out the folder's fincomp.yaml manifest), in a stable order so that output does not depend on the file system.
/// </summary>
internal static class InputFiles
{
    public static IReadOnlyList<string> Expand(IEnumerable<string> paths)
    {
        var files = new List<string>();
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                files.AddRange(Directory.EnumerateFiles(path)
                    .Where(f => f.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".yml", StringComparison.OrdinalIgnoreCase))
                    .Where(f => !string.Equals(Path.GetFileName(f), "fincomp.yaml", StringComparison.OrdinalIgnoreCase))
                    .Order(StringComparer.Ordinal));
            }
            else
            {
                files.Add(path);
            }
        }

        return files;
    }
}
