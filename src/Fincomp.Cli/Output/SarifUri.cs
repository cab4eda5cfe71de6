namespace Fincomp.Cli.Output;

/// <summary>
/// File paths as SARIF URIs (RFC 3986): each segment percent-encoded as UTF-8, so <c>单位 A.yaml</c> becomes
/// <c>%E5%8D%95%E4%BD%8D%20A.yaml</c>; forward slashes whatever the platform.
/// </summary>
internal static class SarifUri
{
    /// <summary>The path relative to <paramref name="folder"/> when the file lies inside it, else null.</summary>
    public static string? RelativeTo(string folder, string file)
    {
        var relative = Path.GetRelativePath(Path.GetFullPath(folder), Path.GetFullPath(file));
        if (Path.IsPathRooted(relative) || relative == ".." || relative.StartsWith(".." + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            return null;
        }

        return Encode(relative);
    }

    /// <summary>An absolute <c>file:</c> URI.</summary>
    public static string ForFile(string file)
    {
        var full = Path.GetFullPath(file).Replace('\\', '/');
        return "file://" + (full.StartsWith('/') ? "" : "/") + Encode(full);
    }

    /// <summary>An absolute <c>file:</c> URI of a folder, ending in a slash as a base URI must.</summary>
    public static string ForFolder(string folder)
    {
        var uri = ForFile(folder);
        return uri.EndsWith('/') ? uri : uri + "/";
    }

    private static string Encode(string path) =>
        string.Join('/', path.Replace('\\', '/').Split('/').Select(segment => IsDrive(segment) ? segment : Uri.EscapeDataString(segment)));

    private static bool IsDrive(string segment) => segment.Length == 2 && char.IsAsciiLetter(segment[0]) && segment[1] == ':';
}
