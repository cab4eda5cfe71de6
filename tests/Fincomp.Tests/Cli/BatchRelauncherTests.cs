using Fincomp.Cli.Relaunch;
using Fincomp.Tests.Robustness;
using Fincomp.Tests.Support;
using Xunit;

namespace Fincomp.Tests.Cli;

/// <summary>
/// A build of many units runs again in a child without tiered compilation; a single report, a small batch, and a
/// process whose tiered compilation is already set (the child itself, or a user's choice) stay in process.
/// </summary>
public sealed class BatchRelauncherTests : IDisposable
{
    private readonly TemporaryFolder _folder = new("fincomp-relaunch-");

    public void Dispose() => _folder.Dispose();

    private static Func<string, string?> Environment(params (string Name, string Value)[] set) =>
        name => set.Where(v => v.Name == name).Select(v => v.Value).FirstOrDefault();

    [Fact]
    public void A_batch_of_the_minimum_size_relaunches_and_one_unit_fewer_does_not()
    {
        Assert.True(BatchRelauncher.Wanted(BatchRelauncher.MinimumUnits, Environment()));
        Assert.False(BatchRelauncher.Wanted(BatchRelauncher.MinimumUnits - 1, Environment()));
        Assert.False(BatchRelauncher.Wanted(1, Environment()));
    }

    [Theory]
    [InlineData("DOTNET_TieredCompilation", "0")]
    [InlineData("DOTNET_TieredCompilation", "1")]
    [InlineData("COMPlus_TieredCompilation", "1")]
    public void A_process_whose_tiered_compilation_is_set_never_relaunches(string name, string value)
    {
        Assert.False(BatchRelauncher.Wanted(1000, Environment((name, value))));
    }

    [Fact]
    public void Through_the_dotnet_host_the_child_gets_the_entry_assembly_then_the_same_arguments()
    {
        var start = BatchRelauncher.StartInfo("/usr/share/dotnet/dotnet", "/opt/fincomp/fincomp.dll", ["build", "units", "-o", "输出 目录"]);

        Assert.Equal("/usr/share/dotnet/dotnet", start.FileName);
        Assert.Equal(["/opt/fincomp/fincomp.dll", "build", "units", "-o", "输出 目录"], start.ArgumentList);
        Assert.Equal("0", start.Environment[BatchRelauncher.TieredCompilationVariable]);
        Assert.False(start.UseShellExecute);
        Assert.False(start.RedirectStandardOutput);
    }

    [Fact]
    public void An_apphost_or_single_file_program_is_started_again_with_the_same_arguments_only()
    {
        var start = BatchRelauncher.StartInfo("/home/clerk/.dotnet/tools/fincomp", "/home/clerk/.dotnet/tools/fincomp", ["build", "units"]);

        Assert.Equal("/home/clerk/.dotnet/tools/fincomp", start.FileName);
        Assert.Equal(["build", "units"], start.ArgumentList);
        Assert.Equal("0", start.Environment[BatchRelauncher.TieredCompilationVariable]);
    }

    [Fact]
    public async Task A_relaunched_batch_reports_every_unit_on_the_same_output_and_exits_with_the_childs_code()
    {
        // The sample has check errors, so without --force every unit is checked and reported but none is built:
        // a batch large enough to relaunch that stays cheap.
        var inputs = Directory.CreateDirectory(Path.Combine(_folder.Path, "units")).FullName;
        var names = Enumerable.Range(1, BatchRelauncher.MinimumUnits).Select(i => $"unit-{i:D2}.yaml").ToList();
        foreach (var name in names)
        {
            File.WriteAllText(Path.Combine(inputs, name), Checks.TestUnits.Renamed(File.ReadAllText(TestPaths.Sample("dangqun-2023.yaml")), $"（{name}）"));
        }

        using var process = CliProcess.Start(["build", inputs, "-o", Path.Combine(_folder.Path, "out"), "--jobs", "2"]);
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        var text = await output + await error;

        Assert.True(process.ExitCode == 1, text);
        Assert.All(names, name => Assert.Contains("有错误 " + Path.Combine(inputs, name), text));
        Assert.False(Directory.Exists(Path.Combine(_folder.Path, "out")) && Directory.EnumerateFiles(Path.Combine(_folder.Path, "out"), "*.docx").Any());
    }
}
