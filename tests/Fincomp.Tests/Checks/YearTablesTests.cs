using Fincomp.Checks;
using Fincomp.Reference;
using Xunit;

namespace Fincomp.Tests.Checks;

/// <summary>A unit is checked against its own year's 科目 table: codes new in that year pass, unknown ones get suggestions.</summary>
public sealed class YearTablesTests
{
    private static string UnitOf(int year, string code) =>
        TestUnits.ReplaceOnce(TestUnits.ReplaceOnce(ConsistentUnit.Yaml, "year: 2023", $"year: {year}"), "code: \"2010301\"", $"code: \"{code}\"");

    [Fact]
    public void A_2024_unit_with_a_code_new_in_2024_checks_clean()
    {
        var findings = TestUnits.Check(UnitOf(2024, "2013901"));

        Assert.True(findings.Count == 0, string.Join("\n", findings));
    }

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

    [Fact]
    public void The_checker_reads_the_tables_it_is_given()
    {
        var unit = TestUnits.Load(UnitOf(2024, "2013901"));

        var findings = new UnitChecker(RuleSet.Default, ClassificationCatalog.For(2023)).Run(unit);

        Assert.Contains(findings, d => d.Code == "FC1203");
    }
}
