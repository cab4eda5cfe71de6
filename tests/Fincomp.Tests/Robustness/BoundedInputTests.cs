using System.Text;
using Fincomp.Input;
using Fincomp.Tests.Support;
using Xunit;

namespace Fincomp.Tests.Robustness;

/// <summary>
/// Hostile inputs are refused with bounded work. Memory is measured as the bytes the loading thread allocates, which
/// is deterministic, so the bound is a real assertion rather than a timing; the hang guard turns a hang into a failure.
/// </summary>
public sealed class BoundedInputTests : IDisposable
{
    private const long MemoryBound = 200L * 1024 * 1024;

    private readonly TemporaryFolder _directory = new("fincomp-bounded-");

    public void Dispose() => _directory.Dispose();

    [Fact]
    public void A_fifty_megabyte_file_is_refused_without_being_read()
    {
        var path = Path.Combine(_directory.Path, "fifty.yaml");
        using (var stream = File.Create(path))
        {
            stream.SetLength(50L * 1024 * 1024);
        }

        var (result, allocated) = Load(path);

        Assert.Equal(InputCodes.TooLarge, Assert.Single(result.Diagnostics).Code);
        Assert.InRange(allocated, 0, 1024 * 1024);
    }

    [Theory]
    [InlineData("alias-bomb")]
    [InlineData("deep-nesting")]
    [InlineData("deep-mapping")]
    [InlineData("random-bytes")]
    [InlineData("zip-file")]
    [InlineData("binary-junk")]
    public void Bombs_and_junk_are_refused_within_the_memory_bound(string name)
    {
        var (result, allocated) = Load(TestPaths.Data("Malformed", name + ".yaml"));

        Assert.Null(result.Unit);
        Assert.InRange(allocated, 0, MemoryBound);
    }

    [Fact]
    public void Seven_megabytes_of_junk_just_under_the_size_limit_stay_within_the_memory_bound()
    {
        var bytes = new byte[7 * 1024 * 1024];
        new Random(11).NextBytes(bytes);
        var path = Path.Combine(_directory.Path, "junk.yaml");
        File.WriteAllBytes(path, bytes);

        var (result, allocated) = Load(path);

        Assert.Null(result.Unit);
        Assert.InRange(allocated, 0, MemoryBound);
    }

    [Fact]
    public void Full_width_spaces_opening_a_paragraph_inside_block_text_are_not_indentation()
    {
        var sample = File.ReadAllText(TestPaths.Sample("dangqun-2023.yaml"));
        var text = sample.Replace("statement:\n", "statement:\n  change_reason: |\n    \u3000\u3000主要是人员变动。\n", StringComparison.Ordinal);
        Assert.NotEqual(sample, text);

        var result = new UnitLoader().LoadText(text, Path.Combine(_directory.Path, "paragraph.yaml"));

        Assert.DoesNotContain(result.Diagnostics, d => d.Code == InputCodes.Tab);
    }

    private static (LoadResult Result, long Allocated) Load(string path) => HangGuard.Run(() =>
    {
        var before = GC.GetAllocatedBytesForCurrentThread();
        var result = new UnitLoader().Load(path);
        return (result, GC.GetAllocatedBytesForCurrentThread() - before);
    }, Path.GetFileName(path));
}
