using Fincomp.Charts;
using Fincomp.Tables;
using Fincomp.Tests.Support;
using Xunit;

namespace Fincomp.Tests.Tables;

/// <summary>The counts of standard tables and charts are written once and agree with what is built.</summary>
public sealed class ExtensionPointTests
{
    [Fact]
    public void The_table_count_and_keys_are_those_of_the_tables_built()
    {
        var tables = StandardTables.For(TestPaths.LoadSample());

        Assert.Equal(StandardTables.Count, tables.Count);
        Assert.Equal(Enumerable.Range(1, StandardTables.Count).Select(n => $"table{n}"), tables.Select(t => t.Key));
    }

    [Fact]
    public void Every_chart_number_has_a_key_and_a_caption_and_no_other_does()
    {
        Assert.Equal(7, ChartCaptions.Count);
        Assert.All(Enumerable.Range(1, ChartCaptions.Count), n => Assert.StartsWith($"图{n}：", ChartCaptions.Of(n), StringComparison.Ordinal));
        Assert.Equal("fig7", ChartCaptions.Key(ChartCaptions.Count));
        Assert.Throws<ArgumentOutOfRangeException>(() => ChartCaptions.Of(ChartCaptions.Count + 1));
    }
}
