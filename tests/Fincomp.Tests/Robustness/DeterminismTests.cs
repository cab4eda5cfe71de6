using System.Security.Cryptography;
using Fincomp.Tests.Support;
using Xunit;

namespace Fincomp.Tests.Robustness;

/// <summary>
/// The same inputs give the same bytes whatever the machine's locale, time zone or number of jobs: the reports are
/// published, compared and archived, so a difference that is not in the data would be noise in every review.
/// </summary>
public sealed class DeterminismTests : IDisposable
{
    private readonly TemporaryFolder _folder = new("fincomp-determinism-");

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Reports_and_check_output_are_identical_across_locales_time_zones_and_jobs()
    {
        var inputs = Directory.CreateDirectory(Path.Combine(_folder.Path, "units")).FullName;
        File.Copy(TestPaths.Sample("dangqun-2023.yaml"), Path.Combine(inputs, "a.yaml"));
        // A second, different unit: an identical copy would be one unit of the batch.
        File.Copy(TestPaths.Sample(Path.Combine("park", "guijian-2023.yaml")), Path.Combine(inputs, "b.yaml"));
        (string Name, Dictionary<string, string> Environment, string Jobs)[] variants =
        [
            ("c", new() { ["LANG"] = "C", ["LC_ALL"] = "C", ["TZ"] = "UTC" }, "1"),
            ("zh", new() { ["LANG"] = "zh_CN.UTF-8", ["LC_ALL"] = "zh_CN.UTF-8", ["TZ"] = "Asia/Shanghai" }, "2"),
            ("en", new() { ["LANG"] = "en_US.UTF-8", ["LC_ALL"] = "en_US.UTF-8", ["TZ"] = "America/New_York" }, "2"),
        ];

        var results = variants.Select(v =>
        {
            var output = Path.Combine(_folder.Path, v.Name);
            CliProcess.Run(["build", inputs, "-o", output, "--force", "--jobs", v.Jobs], v.Environment);
            var check = CliProcess.Run(["check", Path.Combine(inputs, "a.yaml")], v.Environment);
            var reports = Directory.GetFiles(output, "*.docx").Order(StringComparer.Ordinal)
                .Select(f => Path.GetFileName(f) + ":" + Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f))));
            return (Reports: string.Join("\n", reports), Check: check.Output);
        }).ToList();

        Assert.Contains("a.docx", results[0].Reports, StringComparison.Ordinal);
        Assert.Contains("b.docx", results[0].Reports, StringComparison.Ordinal);
        Assert.All(results, r => Assert.Equal(results[0].Reports, r.Reports));
        Assert.All(results, r => Assert.Equal(results[0].Check, r.Check));
    }
}
