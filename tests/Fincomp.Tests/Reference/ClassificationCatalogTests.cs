using Fincomp.Reference;
using Xunit;

namespace Fincomp.Tests.Reference;

/// <summary>
/// The tables by year: each shipped year is exactly its predecessor plus the changes docs/classification.md lists
/// with their sources, so the data and the documentation cannot drift apart; and a unit's year picks its table.
/// </summary>
public sealed class ClassificationCatalogTests
{
    /// <summary>The documented changes per year (code, name) of the 支出功能分类 table; the 经济分类 table is unchanged.</summary>
    public static TheoryData<int, string[]> FunctionalAdditions => new()
    {
        { 2024, ["20139 社会工作事务", "2013901 行政运行", "2013950 事业运行", "2013999 其他社会工作事务支出", "22006 耕地保护考核奖惩基金支出"] },
        { 2025, ["2170404 中央金融机构注资特别国债支出", "22911 中央金融机构注资特别国债财务基金支出", "23107 中央金融机构注资特别国债还本支出"] },
        { 2026, [] },
    };

    [Theory]
    [MemberData(nameof(FunctionalAdditions))]
    public void Each_year_is_the_previous_year_plus_its_documented_changes(int year, string[] additions)
    {
        var previous = ClassificationCatalog.Table(ClassificationTable.FunctionalKind, year - 1).Entries.ToList();
        var current = ClassificationCatalog.Table(ClassificationTable.FunctionalKind, year).Entries.ToList();

        var added = current.Where(e => !previous.Any(p => p.Code == e.Code)).Select(e => $"{e.Code} {e.Name}");
        Assert.Equal(additions.Order(StringComparer.Ordinal), added.Order(StringComparer.Ordinal));
        Assert.All(previous, p => Assert.Equal(p, current.Single(c => c.Code == p.Code)));
        Assert.Equal(
            ClassificationCatalog.Table(ClassificationTable.EconomicKind, year - 1).Entries,
            ClassificationCatalog.Table(ClassificationTable.EconomicKind, year).Entries);
    }

    [Theory]
    [InlineData(2023, 2023)]
    [InlineData(2024, 2024)]
    [InlineData(2025, 2025)]
    [InlineData(2026, 2026)]
    [InlineData(2027, 2026)]
    [InlineData(2040, 2026)]
    [InlineData(2022, 2023)]
    [InlineData(1990, 2023)]
    public void A_year_uses_its_own_table_or_the_nearest(int year, int tableYear)
    {
        var tables = ClassificationCatalog.For(year);

        Assert.Equal((year, tableYear, tableYear), (tables.Year, tables.Functional.Year, tables.Economic.Year));
        Assert.Equal(year != tableYear, tables.IsStandIn);
    }

    [Fact]
    public void The_2024_table_names_the_social_work_codes_and_2023_does_not_have_them()
    {
        var table2024 = ClassificationCatalog.For(2024).Functional;

        Assert.Equal("社会工作事务", table2024.Find("20139")?.Name);
        Assert.Equal("行政运行", table2024.Find("2013901")?.Name);
        Assert.Null(ClassificationCatalog.For(2023).Functional.Find("2013901"));
    }

    [Fact]
    public void The_static_tables_stay_the_2023_ones()
    {
        Assert.Equal(2023, ClassificationTable.Functional.Year);
        Assert.Same(ClassificationTable.Economic, ClassificationCatalog.Table(ClassificationTable.EconomicKind, 2023));
    }

    [Fact]
    public void Extensions_are_merged_into_the_table_of_their_kind_in_order()
    {
        var first = Parse(ClassificationTable.FunctionalKind, 2026, "2013998\t省定社会工作项目\n2010301\t改名的行政运行\n");
        var second = Parse(ClassificationTable.FunctionalKind, 2026, "2013998\t后者为准\n");
        var economic = Parse(ClassificationTable.EconomicKind, 2026, "30232\t省定经济科目\n");

        var tables = ClassificationCatalog.For(2027, [first, second, economic]);

        Assert.Equal("后者为准", tables.Functional.Find("2013998")?.Name);
        Assert.Equal("改名的行政运行", tables.Functional.Find("2010301")?.Name);
        Assert.Equal("省定经济科目", tables.Economic.Find("30232")?.Name);
        Assert.Null(ClassificationCatalog.For(2027).Functional.Find("2013998"));
    }

    [Fact]
    public void An_extension_read_for_another_year_is_refused()
    {
        var extension = Parse(ClassificationTable.FunctionalKind, 2023, "2013998\t省定社会工作项目\n");

        Assert.Throws<ArgumentException>(() => ClassificationCatalog.For(2024, [extension]));
    }

    [Fact]
    public void Nearest_codes_come_from_the_same_section_first()
    {
        var nearest = ClassificationCatalog.For(2024).Functional.Nearest("2013205", 3).Select(e => e.Code).ToList();

        Assert.Equal(3, nearest.Count);
        Assert.All(nearest, code => Assert.StartsWith("20132", code, StringComparison.Ordinal));
        Assert.Equal(["2013201", "2013202", "2013203"], nearest);
    }

    [Fact]
    public void Nearest_codes_fall_back_to_edit_distance_when_the_section_is_unknown()
    {
        var nearest = ClassificationCatalog.For(2024).Functional.Nearest("2019801", 2).Select(e => e.Code).ToList();

        Assert.Equal(["2010801", "2012801"], nearest);
    }

    private static ClassificationTable Parse(string kind, int year, string text)
    {
        var diagnostics = new List<Fincomp.Diagnostics.Diagnostic>();
        var table = ClassificationTable.Parse(new StringReader(text), "extra.tsv", kind, year, diagnostics);
        Assert.Empty(diagnostics);
        return table;
    }
}
