using Fincomp.Checks;
using Fincomp.Diagnostics;
using Fincomp.Input;
using Fincomp.Tests.Support;
using Xunit;

namespace Fincomp.Tests.Checks;

/// <summary>The seed document encoded as data: the checker finds what is really wrong in it and not the rounding gaps.</summary>
public sealed class SampleUnitTests
{
    private static readonly Lazy<(string Text, IReadOnlyList<Diagnostic> Findings)> Sample = new(() =>
    {
        var path = FindSample();
        var result = new UnitLoader().Load(path);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        return (File.ReadAllText(path), UnitChecker.Check(result.Unit!));
    });

    [Theory]
    [InlineData("FC1807", "43.89", "      spending:\n")]
    [InlineData("FC1808", "5.78", "          amount: 3.98")]
    [InlineData("FC1806", "956000", "          target: \"956000\"")]
    [InlineData("FC1902", "96", "      conclusion:")]
    [InlineData("FC1905", "不不", "      problems:")]
    [InlineData("FC1909", "四是", "      goal_completion:")]
    public void Reports_the_known_mistakes_of_the_seed(string code, string figure, string anchor)
    {
        var (text, findings) = Sample.Value;
        var line = LineAfter(text, anchor);

        Assert.Contains(findings, d => d.Code == code && d.Severity != Severity.Info && d.Span.Line == line && d.Message.Contains(figure, StringComparison.Ordinal));
    }

    [Fact]
    public void The_doubled_character_and_the_repeated_enumeration_point_at_their_columns()
    {
        var (text, findings) = Sample.Value;
        var lines = text.Split('\n');
        var problems = LineAfter(text, "      problems:");
        var goals = LineAfter(text, "      goal_completion:");

        var doubled = Assert.Single(findings, d => d.Code == "FC1905");
        var repeated = Assert.Single(findings, d => d.Code == "FC1909");

        Assert.Equal(lines[problems - 1].IndexOf("不不", StringComparison.Ordinal) + 2, doubled.Span.Column);
        Assert.Equal(lines[goals - 1].LastIndexOf("四是", StringComparison.Ordinal) + 1, repeated.Span.Column);
        Assert.Equal(lines[goals - 1].IndexOf("四是", StringComparison.Ordinal) + 1, Assert.Single(repeated.Related).Column);
        Assert.Contains("五是", repeated.Message, StringComparison.Ordinal);
    }

    /// <summary>Every finding on the seed, in the compiler form with the file name alone: a new rule's false alarm shows here.</summary>
    [Fact]
    public void The_findings_are_exactly_the_expected_set()
    {
        var path = FindSample();
        var lines = Sample.Value.Findings.Select(d => d.ToString().Replace(path, Path.GetFileName(path), StringComparison.Ordinal));

        GoldenFile.AssertMatches(Path.Combine(TestPaths.TestProject, "Checks", "Golden", "dangqun-2023.findings.txt"), string.Join("\n", lines) + "\n");
    }

    [Fact]
    public void Reports_22401_written_as_支应急管理事务()
    {
        var findings = Sample.Value.Findings.Where(d => d.Code == "FC1204" && d.Message.Contains("支应急管理事务", StringComparison.Ordinal)).ToList();

        Assert.Equal(2, findings.Count);
        Assert.All(findings, d => Assert.Contains("22401", d.Message, StringComparison.Ordinal));
    }

    [Fact]
    public void Rounding_gaps_of_the_class_totals_are_notes_not_errors()
    {
        var classTotals = Sample.Value.Findings.Where(d => d.Code == "FC1201").ToList();

        Assert.Equal(2, classTotals.Count);
        Assert.All(classTotals, d => Assert.Equal(Severity.Info, d.Severity));
        Assert.Contains(classTotals, d => d.Message.Contains("773.13", StringComparison.Ordinal) && d.Message.Contains("773.12", StringComparison.Ordinal));
        Assert.Contains(classTotals, d => d.Message.Contains("0.72", StringComparison.Ordinal) && d.Message.Contains("0.73", StringComparison.Ordinal));
    }

    [Fact]
    public void The_sample_has_errors()
    {
        Assert.Contains(Sample.Value.Findings, d => d.Severity == Severity.Error);
    }

    private static int LineAfter(string text, string anchor)
    {
        var index = text.IndexOf(anchor, StringComparison.Ordinal);
        Assert.True(index >= 0, anchor);
        var line = text.AsSpan(0, index).Count('\n') + 1;
        return anchor.EndsWith('\n') ? line + 1 : line;
    }

    internal static string FindSample()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "samples", "dangqun-2023.yaml");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException("samples/dangqun-2023.yaml");
    }
}
