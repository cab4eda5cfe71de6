namespace Fincomp.IO;

/// <summary>
/// The one name of a file however it is spelt: "a", "./a", "dir//a", "dir/../dir/a", an absolute path, or a path through
/// a symbolic link all give the same real path, so a batch can tell that two spellings are one unit file, or that an
/// output would land on an input.
/// </summary>
internal static class RealPath
{
    /// <summary>How paths compare on this system: case-insensitively where the file system usually is.</summary>
    public static StringComparer Comparer { get; } = IgnoreCase ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal;

    private static bool IgnoreCase => OperatingSystem.IsWindows() || OperatingSystem.IsMacOS();

    /// <summary>
    /// The absolute, normalised path of <paramref name="path"/> with every symbolic link along it resolved; parts that do
    /// not exist (yet) are kept as written.
    /// </summary>
    public static string Of(string path)
    {
        var full = Path.GetFullPath(path);
        var root = Path.GetPathRoot(full) ?? string.Empty;
        var current = root;
        foreach (var part in full[root.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries))
        {
            current = Path.Combine(current, part);
            current = Resolved(current);
        }

        return current;
    }

    /// <summary>Whether <paramref name="path"/>, links resolved, lies inside <paramref name="folder"/> (links resolved).</summary>
    public static bool IsWithin(string path, string folder)
    {
        var inside = Of(folder).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
        return Of(path).StartsWith(inside, IgnoreCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal);
    }

    private static string Resolved(string path)
    {
        try
        {
            FileSystemInfo info = Directory.Exists(path) ? new DirectoryInfo(path) : new FileInfo(path);
            return info.LinkTarget is null ? path : info.ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? path;
        }
        catch (IOException)
        {
            // A link loop or a link that cannot be read: keep the name as written.
            return path;
        }
        catch (UnauthorizedAccessException)
        {
            return path;
        }
    }
}
