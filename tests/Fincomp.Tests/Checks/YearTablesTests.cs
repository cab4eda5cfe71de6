using Fincomp.Checks;
using Fincomp.Reference;
using Xunit;

namespace Fincomp.Tests.Checks;

/// <summary>A unit is checked against its own year's 科目 table: codes new in that year pass, unknown ones get suggestions.</summary>
public sealed class YearTablesTests
{
    /// <summary>The consistent unit moved to <paramref name="year"/>, its self-evaluation titles with it (FC1913).</summary>
    private static string UnitOf(int year, string code) =>
        TestUnits.ReplaceOnce(TestUnits.ReplaceOnce(ConsistentUnit.Yaml, "year: 2023", $"year: {year}"), "code: \"2010301\"", $"code: \"{code}\"")
            .Replace("title: 2023年", $"title: {year}年", StringComparison.Ordinal);

    [Fact]
    public void A_2024_unit_with_a_code_new_in_2024_checks_clean()
    {
        // The shipped 2024 table has no standard meaning for this 项 (docs/classification.md), so the clerk writes one.
        var yaml = System.Text.RegularExpressions.Regex.Replace(
            UnitOf(2024, "2013901"), "^( *)- code: \"2013901\"$", "$1- code: \"2013901\"\n$1  meaning: 反映社会工作事务方面的行政运行支出。", System.Text.RegularExpressions.RegexOptions.Multiline);
        var findings = TestUnits.Check(yaml);

        Assert.True(findings.Count == 0, string.Join("\n", findings));
    }

    [Theory]
    [InlineData(2025, "2170404", true)]
    [InlineData(2026, "2170404", true)]
    [InlineData(2024, "2170404", false)]
    [InlineData(2024, "2013950", true)]
    [InlineData(2023, "2013950", false)]
    public void Each_year_knows_the_codes_of_its_own_table(int year, string code, bool known) =>
        Assert.Equal(!known, TestUnits.Check(UnitOf(year, code)).Any(d => d.Code == "FC1203"));

    [Fact]
    public void The_same_code_in_a_2023_unit_is_unknown_and_the_nearest_codes_are_suggested()
    {
        var yaml = UnitOf(2023, "2013901");

        var finding = Assert.Single(TestUnits.Check(yaml), d => d.Code == "FC1203");

        Assert.Equal(TestUnits.LineOf(yaml, "code: \"2013901\""), finding.Span.Line);
        Assert.Contains("2023年功能分类表中没有项级科目 2013901；最接近的有效编码：", finding.Message, StringComparison.Ordinal);
        Assert.EndsWith("2010901 海关事务/行政运行、2012901 群众团体事务/行政运行、2013101 党委办公厅（室）及相关机构事务/行政运行。", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_code_one_digit_off_in_its_section_is_suggested_first()
    {
        var finding = Assert.Single(TestUnits.Check(UnitOf(2024, "2013205")), d => d.Code == "FC1203");

        Assert.EndsWith("最接近的有效编码：2013201 组织事务/行政运行、2013202 组织事务/一般行政管理事务、2013203 组织事务/机关服务。", finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(2027, 2026)]
    [InlineData(2022, 2023)]
    public void A_year_without_its_own_table_is_told_which_year_stood_in(int year, int tableYear)
    {
        var yaml = UnitOf(year, "2010301");

        var finding = Assert.Single(TestUnits.Check(yaml), d => d.Code == ClassificationCatalog.StandInYearCode);

        Assert.Equal(Fincomp.Diagnostics.Severity.Info, finding.Severity);
        Assert.Equal(TestUnits.LineOf(yaml, $"year: {year}"), finding.Span.Line);
        Assert.Contains($"本单位是 {year} 年度，编码按 {tableYear} 年的政府收支分类科目核对", finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(2023)]
    [InlineData(2024)]
    [InlineData(2025)]
    [InlineData(2026)]
    public void A_year_with_its_own_table_gets_no_such_note(int year) =>
        Assert.DoesNotContain(TestUnits.Check(UnitOf(year, "2010301")), d => d.Code == ClassificationCatalog.StandInYearCode);

    [Fact]
    public void The_checker_reads_the_tables_it_is_given()
    {
        var unit = TestUnits.Load(UnitOf(2024, "2013901"));

        var findings = new UnitChecker(RuleSet.Default, ClassificationCatalog.For(2023)).Run(unit);

        Assert.Contains(findings, d => d.Code == "FC1203");
    }
}
