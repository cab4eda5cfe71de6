using Fincomp.Cli;
using Fincomp.Tests.Support;
using Xunit;

namespace Fincomp.Tests.Cli;

/// <summary><c>fincomp check</c> over folders, globs and shards: same findings in input order whatever the parallelism.</summary>
public sealed class BatchCheckTests
{
    private static string Park => Path.Combine(TestPaths.RepositoryRoot, "samples", "park");

    [Fact]
    public void Checking_the_park_in_parallel_reports_like_checking_it_alone()
    {
        var one = new StringWriter();
        var two = new StringWriter();

        var codeOne = FincompApp.Run(["check", Park, "--jobs", "1", "--format", "json"], one, one);
        var codeTwo = FincompApp.Run(["check", Park, "--jobs", "2", "--format", "json"], two, two);

        Assert.Equal((1, 1), (codeOne, codeTwo));
        Assert.Equal(one.ToString(), two.ToString());
    }

    [Theory]
    [InlineData("check")]
    [InlineData("build")]
    public void A_file_that_is_neither_a_unit_nor_a_report_gets_one_message_naming_the_kinds_read(string command)
    {
        using var folder = new TemporaryFolder("fincomp-not-a-unit-");
        var seed = Path.Combine(folder.Path, "seed.txt");
        File.WriteAllText(seed, "\t一、部门主要职责\n\t二、部门决算单位构成\n");
        var output = new StringWriter();

        var code = FincompApp.Run(command == "check" ? ["check", seed] : ["build", seed, "-o", folder.Path], output, output);

        Assert.Equal(2, code);
        Assert.Contains("扩展名是 .txt", output.ToString(), StringComparison.Ordinal);
        Assert.Contains(".yaml 或 .yml", output.ToString(), StringComparison.Ordinal);
        Assert.Contains(".docx 或 .pdf", output.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("FC0007", output.ToString(), StringComparison.Ordinal);
        Assert.Equal(1, output.ToString().Split("FC0011").Length - 1);
    }

    [Fact]
    public void A_glob_selects_units_by_name()
    {
        var output = new StringWriter();

        var code = FincompApp.Run(["check", Path.Combine(Park, "z*.yaml")], output, output);

        Assert.Equal(0, code);
        Assert.Contains("0 个错误", output.ToString());
    }

    [Fact]
    public void The_folder_manifest_switches_a_rule_off_for_its_units()
    {
        var folder = Directory.CreateTempSubdirectory("fincomp-manifest-check-").FullName;
        try
        {
            File.Copy(TestPaths.Sample("dangqun-2023.yaml"), Path.Combine(folder, "dangqun-2023.yaml"));
            File.WriteAllText(Path.Combine(folder, "fincomp.yaml"), """
                checks:
                  FC1807: { severity: off, reason: 开支明细另行核对 }
                  FC1808: { severity: warning, reason: 开支明细另行核对 }
                  FC1902: { severity: warning, reason: 评价结论另行核对 }
                """);
            var output = new StringWriter();

            var code = FincompApp.Run(["check", folder], output, output);

            Assert.Equal(0, code);
            Assert.DoesNotContain("FC1807", output.ToString());
            Assert.Contains("warning FC1808", output.ToString());
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
