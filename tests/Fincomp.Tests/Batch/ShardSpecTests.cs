using CsCheck;
using Fincomp.Batch;
using Xunit;

namespace Fincomp.Tests.Batch;

public sealed class ShardSpecTests
{
    [Theory]
    [InlineData("1/1", 1, 1)]
    [InlineData("2/4", 2, 4)]
    [InlineData(" 3/3 ", 3, 3)]
    public void Valid_shards_parse(string text, int index, int count)
    {
        Assert.True(ShardSpec.TryParse(text, out var shard, out _));
        Assert.Equal(new ShardSpec(index, count), shard);
    }

    [Theory]
    [InlineData("0/4")]
    [InlineData("5/4")]
    [InlineData("2-4")]
    [InlineData("a/b")]
    [InlineData("1/0")]
    public void Invalid_shards_are_refused_with_a_reason(string text)
    {
        Assert.False(ShardSpec.TryParse(text, out _, out var problem));
        Assert.Contains("--shard", problem);
    }

    [Fact]
    public void The_shards_of_a_batch_cover_every_file_exactly_once() =>
        Gen.Select(Gen.String[Gen.Char['a', 'z'], 1, 8].Array[0, 60], Gen.Int[1, 9]).Sample((names, count) =>
        {
            var files = names.Distinct(StringComparer.Ordinal).ToList();
            var slices = Enumerable.Range(1, count).Select(i => new ShardSpec(i, count).Select(files)).ToList();

            Assert.Equal(files.Order(StringComparer.Ordinal), slices.SelectMany(s => s).Order(StringComparer.Ordinal));
            Assert.True(slices.Max(s => s.Count) - slices.Min(s => s.Count) <= 1);
        });

    [Fact]
    public void The_same_inputs_in_another_order_give_the_same_shard()
    {
        var shard = new ShardSpec(2, 3);

        Assert.Equal(shard.Select(["c", "a", "e", "b", "d"]), shard.Select(["e", "d", "c", "b", "a"]));
    }
}
