namespace Fincomp.Authoring;

/// <summary>
/// Finds the repository's <c>docs/fincomp.schema.json</c> above a new unit file and gives its path relative to that
/// file, for the <c># yaml-language-server: $schema=</c> line. Outside a checkout there is no schema file to point at,
/// and an absolute path would tie the unit file to one machine, so then there is none.
/// </summary>
public static class SchemaReference
{
    private const string SchemaFile = "fincomp.schema.json";

    /// <summary>The relative path with forward slashes, or null when no <c>docs/fincomp.schema.json</c> is above.</summary>
    public static string? For(string unitFile)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(unitFile));
        for (var directory = folder is null ? null : new DirectoryInfo(folder); directory is not null; directory = directory.Parent)
        {
            var schema = Path.Combine(directory.FullName, "docs", SchemaFile);
            if (File.Exists(schema))
            {
                return Path.GetRelativePath(folder!, schema).Replace('\\', '/');
            }
        }

        return null;
    }
}
