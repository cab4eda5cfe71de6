using Xunit;

namespace Fincomp.Tests.Architecture;

/// <summary>
/// The tests build only what they test: the benchmark program (and BenchmarkDotNet with it) is not part of the test
/// build; the park of generated units both use lives in Fincomp.TestPark.
/// </summary>
public sealed class TestProjectDependencyTests
{
    [Fact]
    public void The_test_build_does_not_carry_BenchmarkDotNet_or_the_benchmark_program()
    {
        var files = Directory.GetFiles(AppContext.BaseDirectory, "*.dll").Select(Path.GetFileName).ToList();

        Assert.Contains("Fincomp.TestPark.dll", files);
        Assert.DoesNotContain(files, f => f!.StartsWith("BenchmarkDotNet", StringComparison.Ordinal));
        Assert.DoesNotContain("Fincomp.Benchmarks.dll", files);
    }
}
