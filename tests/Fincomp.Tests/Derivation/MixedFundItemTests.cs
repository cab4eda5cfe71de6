using Fincomp.Compilation;
using Fincomp.Derivation;
using Fincomp.Diagnostics;
using Fincomp.Document;
using Fincomp.Tables;
using Fincomp.Tests.Audit;
using Fincomp.Tests.Checks;
using Fincomp.Tests.Tables;
using Xunit;

namespace Fincomp.Tests.Derivation;

/// <summary>
/// A 项 paid from 一般公共预算 and 其他资金 (<see cref="MixedFundUnit"/>): one row of the total in tables 2 and 3, only
/// the 财政拨款 part in tables 4 and 5 and in the text's sentence on the 项.
/// </summary>
public sealed class MixedFundItemTests
{
    private static readonly ReportFigures Figures = ReportFigures.Of(TestUnits.Load(MixedFundUnit.Yaml));

    private static IReadOnlyList<string> Rows(string table) =>
        TableText.Rows(StandardTables.For(Figures).Single(t => t.Key == table).Table);

    /// <summary>The rows of <paramref name="table"/> for <paramref name="code"/>, each cut to its code and <paramref name="amounts"/> amount cells.</summary>
    private static IReadOnlyList<string> RowsOf(string table, string code, int amounts) =>
        [.. Rows(table).Where(r => r.StartsWith(code + "\t", StringComparison.Ordinal)).Select(r => string.Join('\t', r.Split('\t').Take(2 + amounts)))];

    [Fact]
    public void The_unit_checks_without_errors() =>
        Assert.DoesNotContain(TestUnits.Check(MixedFundUnit.Yaml), d => d.Severity == Severity.Error);

    [Fact]
    public void The_expenditure_table_prints_one_row_of_the_total()
    {
        Assert.Equal(["2013202\t一般行政管理事务\t170.00\t0.00\t170.00"], RowsOf("table3", "2013202", 3));
        Assert.Equal(["20132\t组织事务\t290.00\t120.00\t170.00"], RowsOf("table3", "20132", 3));
        Assert.Equal(["201\t一般公共服务支出\t320.00\t150.00\t170.00"], RowsOf("table3", "201", 3));
    }

    [Fact]
    public void The_income_table_prints_one_row_with_both_sources() =>
        Assert.Equal(["2013202\t一般行政管理事务\t170.00\t150.00\t20.00"], RowsOf("table2", "2013202", 3));

    [Fact]
    public void The_fiscal_tables_print_only_the_fiscal_part()
    {
        Assert.Equal(["2013202\t一般行政管理事务\t150.00\t0.00\t150.00"], RowsOf("table5", "2013202", 3));
        Assert.Equal(["201\t一般公共服务支出\t300.00\t150.00\t150.00"], RowsOf("table5", "201", 3));
        Assert.Single(Figures.Fiscal.Classes.Single().Children.SelectMany(s => s.Children), i => i.Code == "2013202" && i.Amounts.Actual == 150m);
    }

    [Fact]
    public void The_tree_of_all_funds_holds_both_lines_on_one_item_and_its_fiscal_part()
    {
        var item = Figures.All.Classes.Single().Children.SelectMany(s => s.Children).Single(i => i.Code == "2013202");

        Assert.Equal([Model.Fund.GeneralBudget, Model.Fund.Other], item.Lines.Select(l => l.Fund));
        Assert.Equal(170m, item.Amounts.Actual);
        Assert.Equal(150m, FiscalSpending.Of(item));
        Assert.Equal(320m, Figures.All.Total.Actual);
    }

    [Fact]
    public void The_text_states_the_fiscal_part_of_the_item_and_builds_with_a_clean_audit()
    {
        var result = AuditedBuild.Compile(Figures.Unit);
        AuditedBuild.AssertClean(result, "MixedFundUnit");
        var text = TextProjection.Project(result.Document!);

        Assert.Contains("本年支出合计320万元", text, StringComparison.Ordinal);
        Assert.Contains("一般公共服务支出（201）组织事务（32）一般行政管理事务（02）：支出决算为150万元，完成预算100%", text, StringComparison.Ordinal);
        Assert.DoesNotContain("支出决算为170万元", text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_glossary_takes_the_items_purpose_from_the_line_that_gives_it()
    {
        var text = TextProjection.Project(AuditedBuild.Compile(Figures.Unit).Document!);

        Assert.Contains("主要用于组织人事工作的日常管理。", text, StringComparison.Ordinal);
    }
}
