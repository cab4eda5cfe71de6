using Fincomp.Input;
using Fincomp.Model;
using Xunit;

namespace Fincomp.Tests.Support;

/// <summary>Finds the repository's folders from the test binaries, so tests read the real samples and golden files.</summary>
internal static class TestPaths
{
    private static readonly Lazy<string> Root = new(() =>
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Fincomp.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Fincomp.sln not found above the test binaries.");
    });

    public static string RepositoryRoot => Root.Value;

    public static string TestProject => Path.Combine(RepositoryRoot, "tests", "Fincomp.Tests");

    public static string Sample(string name) => Path.Combine(RepositoryRoot, "samples", name);

    public static string Data(params string[] parts) => Path.Combine([TestProject, "Data", .. parts]);

    /// <summary>The seed sample, loaded; fails the test if it does not load.</summary>
    public static UnitYear LoadSample()
    {
        var result = new UnitLoader().Load(Sample("dangqun-2023.yaml"));
        Assert.NotNull(result.Unit);
        return result.Unit!;
    }
}
