using Fincomp.Tables;
using Xunit;

namespace Fincomp.Tests.Tables;

/// <summary>The nine standard tables built from the seed unit: their shape and the figures the seed publishes.</summary>
public sealed class StandardTablesTests
{
    private const string UnitName = "四川遂宁高新技术产业园区党群工作部";

    private static readonly Lazy<IReadOnlyList<StandardTable>> Tables = new(() => StandardTables.For(SampleUnit.Value));

    private static StandardTable Get(string key) => Tables.Value.Single(t => t.Key == key);

    private static IReadOnlyList<string> Rows(string key) => TableText.Rows(Get(key).Table);

    [Fact]
    public void All_nine_tables_come_in_order_with_unit_line()
    {
        Assert.Equal(Enumerable.Range(1, 9).Select(n => $"table{n}"), Tables.Value.Select(t => t.Key));
        Assert.Equal(Enumerable.Range(1, 9), Tables.Value.Select(t => t.Number));
        Assert.All(Tables.Value, t => Assert.Equal("单位：万元", t.Table.UnitLine));
        Assert.All(Tables.Value, t => Assert.Equal(t.Title, t.Table.Title));
    }

    [Fact]
    public void Every_row_covers_the_whole_grid()
    {
        foreach (var table in Tables.Value)
        {
            var columns = table.Table.ColumnWeights.Count;
            Assert.All(TableText.CoveredColumns(table.Table), covered => Assert.Equal(columns, covered));
        }
    }

    [Fact]
    public void Table1_income_side_and_totals()
    {
        var rows = Rows("table1");
        Assert.Equal("收入\t支出", rows[0]);
        Assert.StartsWith("一般公共预算财政拨款收入\t837.44\t一般公共服务支出\t773.13", rows[2], StringComparison.Ordinal);
        Assert.Contains("本年收入合计\t837.44\t本年支出合计\t837.44", rows);
        Assert.Equal("总计\t837.44\t总计\t837.44", rows[^1]);
        Assert.Contains(rows, r => r.StartsWith("其他收入\t0.00\t", StringComparison.Ordinal));
        Assert.Contains(rows, r => r.EndsWith("城乡社区支出\t55.60", StringComparison.Ordinal));
        Assert.False(Get("table1").IsEmpty);
    }

    [Fact]
    public void Table2_and_table3_totals_come_from_the_statement()
    {
        Assert.Equal("合计\t837.44\t837.44\t0.00\t0.00\t0.00\t0.00\t0.00", Rows("table2")[^1]);
        Assert.Equal("合计\t837.44\t188.49\t648.95\t0.00\t0.00\t0.00", Rows("table3")[^1]);
        Assert.Contains("2010301\t行政运行\t7.50\t7.50\t0.00\t0.00\t0.00\t0.00", Rows("table3"));
    }

    [Fact]
    public void Table4_fiscal_summary()
    {
        var rows = Rows("table4");
        Assert.StartsWith("一般公共预算财政拨款\t837.44\t", rows[2], StringComparison.Ordinal);
        Assert.Contains("本年收入合计\t837.44\t本年支出合计\t837.44\t837.44\t0.00\t0.00", rows);
        Assert.Equal("总计\t837.44\t总计\t837.44\t837.44\t0.00\t0.00", rows[^1]);
    }

    [Fact]
    public void Table5_lists_class_section_item_then_total()
    {
        var rows = Rows("table5");
        Assert.Equal("科目编码\t科目名称\t合计\t基本支出\t项目支出", rows[0]);
        Assert.Equal("201\t一般公共服务支出\t773.13\t174.77\t598.36", rows[1]);
        Assert.StartsWith("20103\t", rows[2], StringComparison.Ordinal);
        Assert.StartsWith("2010301\t行政运行\t7.50", rows[3], StringComparison.Ordinal);
        Assert.Equal("合计\t837.44\t188.49\t648.95", rows[^1]);
        Assert.Equal(1 + 7 + 18 + 33 + 1, rows.Count);
    }

    [Fact]
    public void Table6_groups_personnel_and_public_items()
    {
        var rows = Rows("table6");
        Assert.Equal("人员经费\t公用经费", rows[0]);
        Assert.StartsWith("301\t工资福利支出\t\t302\t商品和服务支出\t", rows[2], StringComparison.Ordinal);
        Assert.Contains(rows, r => r.Contains("30201\t办公费\t", StringComparison.Ordinal));
        Assert.Contains(rows, r => r.StartsWith("30399\t其他对个人和家庭的补助\t", StringComparison.Ordinal));
        Assert.Equal("人员经费合计\t98.12\t公用经费合计\t90.37", rows[^1]);
    }

    [Fact]
    public void Table7_is_all_zero_with_a_note()
    {
        var table = Get("table7");
        var amounts = table.Table.Rows.Skip(1).SelectMany(r => r.Cells).Where(c => c.Alignment == Document.CellAlignment.Right);
        Assert.All(amounts, c => Assert.Equal("0.00", c.Text));
        Assert.Equal(12, amounts.Count());
        Assert.True(table.IsEmpty);
        Assert.Equal($"说明：{UnitName}本年度没有\"三公\"经费财政拨款支出，故本表无数据。", table.Table.Note);
        Assert.Contains("公务用车购置及运行维护费\t小计\t0.00\t0.00", Rows("table7"));
    }

    [Theory]
    [InlineData("table8", "政府性基金预算财政拨款收入和支出")]
    [InlineData("table9", "国有资本经营预算财政拨款收入和支出")]
    public void Fund_tables_are_empty_and_keep_their_format(string key, string subject)
    {
        var table = Get(key);
        Assert.True(table.IsEmpty);
        Assert.Equal($"说明：{UnitName}本年度没有{subject}，故本表无数据。", table.Table.Note);
        Assert.Equal("合计\t0.00\t0.00\t0.00\t0.00\t0.00\t0.00", Rows(key)[^1]);
        Assert.Equal(3, table.Table.Rows.Count);
    }

    [Fact]
    public void Only_the_empty_tables_carry_a_note()
    {
        Assert.Equal(["table7", "table8", "table9"], Tables.Value.Where(t => t.IsEmpty).Select(t => t.Key));
        Assert.All(Tables.Value.Where(t => !t.IsEmpty), t => Assert.Null(t.Table.Note));
    }
}
