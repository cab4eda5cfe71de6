namespace Fincomp.Benchmarks;

/// <summary>
/// Finds the repository from the running binaries (BenchmarkDotNet runs each benchmark from a generated folder below
/// bin/), so the benchmarks always read the real sample rather than a copy that could drift.
/// </summary>
internal static class RepositoryPaths
{
    private static readonly Lazy<string> Root = new(() =>
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Fincomp.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Fincomp.sln not found above the benchmark binaries.");
    });

    public static string RepositoryRoot => Root.Value;

    /// <summary>The seed encoded as data: the report a bureau actually publishes, nine tables and seven charts.</summary>
    public static string Sample => Path.Combine(RepositoryRoot, "samples", "dangqun-2023.yaml");

    public static string Park => Path.Combine(RepositoryRoot, "samples", "park");
}
