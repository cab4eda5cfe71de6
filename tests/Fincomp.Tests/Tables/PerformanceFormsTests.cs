using Fincomp.Tables;
using Xunit;

namespace Fincomp.Tests.Tables;

/// <summary>The seed's two self-evaluation forms rebuilt as tables with merged cells and computed sums.</summary>
public sealed class PerformanceFormsTests
{
    private static Document.Table UnitForm => PerformanceForms.UnitForm(SampleUnit.Value)!;

    private static Document.Table ProjectForm =>
        PerformanceForms.ProjectForm(SampleUnit.Value, SampleUnit.Value.Performance.Projects[0]);

    [Fact]
    public void Unit_form_has_25_indicator_rows_and_a_computed_total()
    {
        var rows = TableText.Rows(UnitForm);
        var header = rows.ToList().FindIndex(r => r.StartsWith("年度绩效指标\t", StringComparison.Ordinal));
        Assert.Equal(25, rows.Count - header - 2);
        Assert.Equal("合计\t84.6", rows[^1]);
        Assert.Equal("部门名称\t四川遂宁高新技术产业园区党群工作部", rows[0]);
        Assert.Equal("1,160.12\t1,160.12\t0.00", rows[2]);
        Assert.Equal("产出指标\t数量指标\t1\t基层治理补助项目\t≥\t2\t个\t14.4", rows[header + 1]);
        Assert.Equal("质量指标\t11\t保障部门正常运转\t定性\t正常运行\t\t10", rows[header + 11]);
        Assert.Contains("绩效指标性质", rows[header], StringComparison.Ordinal);
    }

    [Fact]
    public void Unit_form_merges_level2_and_weight_over_their_indicators()
    {
        var cells = UnitForm.Rows.SelectMany(r => r.Cells).ToList();
        Assert.Equal(10, cells.Single(c => c.Text == "数量指标").RowSpan);
        Assert.Equal(10, cells.Single(c => c.Text == "14.4").RowSpan);
        Assert.Equal(5, cells.Single(c => c.Text == "成本指标").RowSpan);
        Assert.Equal(26, cells.Single(c => c.Text == "年度绩效指标").RowSpan);
        Assert.Equal(18, cells.Single(c => c.Text == "产出指标").RowSpan);
        Assert.Equal(6, cells.Single(c => c.Text == "效益指标").RowSpan);
        Assert.All(TableText.CoveredColumns(UnitForm), covered => Assert.Equal(UnitForm.ColumnWeights.Count, covered));
    }

    [Fact]
    public void Project_form_budget_rows_are_computed()
    {
        var rows = TableText.Rows(ProjectForm);
        // The blank 预算执行 score is printed as the checker computes it (10 × min(执行率, 100%)), so 合计 adds up.
        Assert.Contains("总额\t95.60\t42.58\t42.58\t100.00%\t10\t10\t", rows);
        Assert.Contains("其中：财政资金\t95.60\t42.58\t42.58\t100.00%\t/\t/\t", rows);
        Assert.Contains("财政专户管理资金\t0.00\t0.00\t0.00\t—\t/\t/\t", rows);
        Assert.Contains("其他资金\t\t\t\t\t/\t/\t", rows);
        Assert.Equal("项目名称\t51098723T000009219808-党建工作经费（2023）", rows[0]);
    }

    [Fact]
    public void Project_form_has_7_indicator_rows_and_total_100_96_as_the_text_and_checker_say()
    {
        var rows = TableText.Rows(ProjectForm);
        var header = rows.ToList().FindIndex(r => r.StartsWith("绩效指标（90分）\t", StringComparison.Ordinal));
        var total = rows.ToList().FindIndex(r => r.StartsWith("合计\t", StringComparison.Ordinal));
        Assert.Equal(7, total - header - 1);
        Assert.Equal("合计\t100\t96\t", rows[total]);
        Assert.Equal("产出指标\t数量指标\t走访慰问、培训、主题党日等活动开展次数\t≥\t4\t次\t20\t20\t20\t", rows[header + 1]);
        Assert.Equal("可持续影响指标\t提高党员干部的积极性和党组织的凝聚力、战斗力\t≥\t90\t%\t89\t10\t6\t部分基层党组织未开展好党建活动", rows[header + 5]);
        Assert.StartsWith("评价结论\t2023年度党建工作经费自评总分为满分", rows[total + 1], StringComparison.Ordinal);
    }

    [Fact]
    public void Project_form_merges_level1_over_its_indicators()
    {
        var cells = ProjectForm.Rows.SelectMany(r => r.Cells).ToList();
        Assert.Equal(3, cells.Single(c => c.Text == "产出指标").RowSpan);
        Assert.Equal(2, cells.Single(c => c.Text == "效益指标").RowSpan);
        Assert.Equal(8, cells.Single(c => c.Text == "绩效指标（90分）").RowSpan);
        Assert.All(TableText.CoveredColumns(ProjectForm), covered => Assert.Equal(ProjectForm.ColumnWeights.Count, covered));
    }
}
