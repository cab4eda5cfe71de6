using Fincomp.Input;
using Fincomp.Tests.Support;
using Xunit;

namespace Fincomp.Tests.Audit;

/// <summary>Every sample the repository ships compiles to a report that audits clean.</summary>
public sealed class SampleAuditTests
{
    public static TheoryData<string> Samples()
    {
        var data = new TheoryData<string>();
        data.Add("dangqun-2023.yaml");
        data.Add("shanghai-2024.yaml");
        foreach (var file in Directory.GetFiles(TestPaths.Sample("park"), "*.yaml").Order(StringComparer.Ordinal))
        {
            data.Add(Path.Combine("park", Path.GetFileName(file)));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void The_report_of_each_sample_audits_clean(string sample)
    {
        var loaded = new UnitLoader().Load(TestPaths.Sample(sample));
        Assert.True(loaded.Succeeded, string.Join("\n", loaded.Diagnostics));

        AuditedBuild.AssertClean(AuditedBuild.Compile(loaded.Unit!), sample);
    }
}
