using Fincomp.Cli;
using Fincomp.Input;
using Fincomp.Tests.Support;
using Xunit;

namespace Fincomp.Tests.Input;

/// <summary>
/// Every file under Data/Malformed must give exactly the diagnostics in its .expected golden file (with line and
/// column), no exception, and exit code 2 from <c>fincomp check</c>.
/// </summary>
public sealed class MalformedInputTests
{
    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(TestPaths.Data("Malformed"), "*.yaml").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileNameWithoutExtension(file));
        }

        return data;
    }

    [Fact]
    public void The_corpus_has_at_least_thirty_cases() => Assert.True(Cases().Count >= 30);

    [Theory]
    [MemberData(nameof(Cases))]
    public void Each_case_gives_its_expected_diagnostics(string name)
    {
        var directory = TestPaths.Data("Malformed");
        var path = Path.Combine(directory, name + ".yaml");

        var result = new UnitLoader().Load(path);

        Assert.False(result.Succeeded);
        Assert.Null(result.Unit);
        var text = string.Join("\n", result.Diagnostics.Select(d => d.ToString().Replace(directory + Path.DirectorySeparatorChar, ""))) + "\n";
        GoldenFile.AssertMatches(Path.Combine(directory, name + ".expected"), text);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Each_case_exits_with_code_2(string name)
    {
        var output = new StringWriter();

        var code = FincompApp.Run(["check", TestPaths.Data("Malformed", name + ".yaml")], output, output);

        Assert.Equal(2, code);
        Assert.DoesNotContain("Exception", output.ToString());
    }
}
