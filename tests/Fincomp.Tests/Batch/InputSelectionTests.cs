using Fincomp.Batch;
using Xunit;
using Fincomp.Tests.Support;

namespace Fincomp.Tests.Batch;

public sealed class InputSelectionTests : IDisposable
{
    private readonly TemporaryFolder _directory = new("fincomp-inputs-");

    public InputSelectionTests()
    {
        foreach (var name in new[] { "b-2023.yaml", "a-2023.yml", "fincomp.yaml", "notes.txt", "history/a-2022.yaml" })
        {
            var path = Path.Combine(_directory.Path, name);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, "");
        }
    }

    public void Dispose() => _directory.Dispose();

    [Fact]
    public void A_folder_gives_its_unit_files_in_order_without_the_manifest_or_subfolders()
    {
        var files = InputSelection.Expand([_directory.Path]);

        Assert.Equal(["a-2023.yml", "b-2023.yaml"], files.Select(Path.GetFileName));
    }

    [Fact]
    public void A_glob_matches_file_names()
    {
        var files = InputSelection.Expand([Path.Combine(_directory.Path, "b-*.yaml")]);

        Assert.Equal(["b-2023.yaml"], files.Select(Path.GetFileName));
    }

    [Fact]
    public void A_file_named_twice_is_built_once()
    {
        var file = Path.Combine(_directory.Path, "b-2023.yaml");

        Assert.Single(InputSelection.Expand([file, _directory.Path, file]), f => f == file);
    }

    [Fact]
    public void A_missing_file_is_kept_so_that_it_is_reported()
    {
        var missing = Path.Combine(_directory.Path, "missing.yaml");

        Assert.Equal([missing], InputSelection.Expand([missing]));
    }
}
