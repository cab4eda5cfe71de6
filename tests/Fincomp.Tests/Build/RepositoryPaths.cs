using Xunit;
using Fincomp.Input;
using Fincomp.Model;

namespace Fincomp.Tests.Build;

/// <summary>Finds the repository's samples and golden files from the test binaries, wherever the tests run.</summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string Sample => Path.Combine(Root, "samples", "dangqun-2023.yaml");

    public static string Golden(string name) => Path.Combine(Root, "tests", "Fincomp.Tests", "Build", "Golden", name);

    /// <summary>The seed sample loaded; fails the test if it does not load.</summary>
    public static UnitYear LoadSample()
    {
        var result = new UnitLoader().Load(Sample);
        Assert.NotNull(result.Unit);
        return result.Unit!;
    }

    private static string FindRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Fincomp.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Fincomp.sln not found above the test binaries.");
    }
}
