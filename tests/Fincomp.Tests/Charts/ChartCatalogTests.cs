using Fincomp.Charts;
using Fincomp.Model;
using Fincomp.Tests.Support;
using Xunit;

namespace Fincomp.Tests.Charts;

public sealed class ChartCatalogTests
{
    [Fact]
    public void Sample_specs_match_the_golden_file()
    {
        var specs = ChartCatalog.For(ChartSamples.Dangqun);

        GoldenFile.AssertMatches(Path.Combine(TestPaths.TestProject, "Charts", "Golden", "dangqun-2023.charts.txt"), ChartSpecText.Of(specs));
    }

    [Fact]
    public void Sample_carries_figures_one_to_six_and_no_figure_seven()
    {
        var specs = ChartCatalog.For(ChartSamples.Dangqun);

        Assert.Equal(["fig1", "fig2", "fig3", "fig4", "fig5", "fig6"], specs.Select(s => s.Key));
        Assert.Equal([1, 2, 3, 4, 5, 6], specs.Select(s => s.Number));
    }

    [Fact]
    public void Captions_are_the_seed_captions()
    {
        var specs = ChartCatalog.For(ChartSamples.WithThreePublic());

        Assert.Equal("图1：收、支决算总计变动情况图（柱状图）", specs[0].Caption);
        Assert.Equal("图2：收入决算结构图（饼状图）", specs[1].Caption);
        Assert.Equal("图6：一般公共预算财政拨款支出决算结构（饼状图）", specs[5].Caption);
        Assert.Equal("图7：“三公”经费财政拨款支出结构（饼状图）", specs[6].Caption);
    }

    [Fact]
    public void Income_pie_with_one_source_is_kept_as_a_single_slice()
    {
        var income = ChartCatalog.For(ChartSamples.Dangqun).Single(s => s.Number == 2);

        var slice = Assert.Single(Assert.Single(income.Series).Points);
        Assert.Equal(new ChartPoint("一般公共预算财政拨款收入", 837.44m), slice);
    }

    [Fact]
    public void Unit_with_three_public_spending_gets_figure_seven_with_its_non_zero_parts()
    {
        var figure = ChartCatalog.For(ChartSamples.WithThreePublic()).Single(s => s.Key == "fig7");

        // Section 七 states 公务用车购置及运行维护费 as one part; the legend names it the same, not 公务用车运行维护费.
        Assert.Equal(ChartKind.Pie, figure.Kind);
        Assert.Equal(
            [new ChartPoint("因公出国（境）费", 1.2m), new ChartPoint("公务用车购置及运行维护费", 3.5m), new ChartPoint("公务接待费", 0.3m)],
            Assert.Single(figure.Series).Points);
    }

    [Fact]
    public void Without_last_year_there_are_no_bar_charts()
    {
        var specs = ChartCatalog.For(ChartSamples.Dangqun with { Previous = null });

        Assert.Equal(["fig2", "fig3", "fig6"], specs.Select(s => s.Key));
    }

    [Fact]
    public void Bars_compare_last_year_with_this_year_from_the_computed_totals()
    {
        var figure = ChartCatalog.For(ChartSamples.Dangqun).Single(s => s.Key == "fig1");

        Assert.Equal(["2022年度", "2023年度"], figure.Series.Select(s => s.Name));
        Assert.Equal([891.59m, 891.59m], figure.Series[0].Points.Select(p => p.Value));
        Assert.Equal([837.44m, 837.44m], figure.Series[1].Points.Select(p => p.Value));
        Assert.Equal(["收入总计", "支出总计"], figure.Series[1].Points.Select(p => p.Label));
    }

    [Fact]
    public void A_pie_with_no_positive_slice_is_left_out()
    {
        var unit = ChartSamples.Dangqun with
        {
            Statement = ChartSamples.Dangqun.Statement with { Expenditure = new ExpenditureTypes() },
        };

        Assert.DoesNotContain(ChartCatalog.For(unit), s => s.Key == "fig3");
    }

    [Fact]
    public void Structure_pie_lists_every_class_of_the_general_budget_with_its_actual()
    {
        var figure = ChartCatalog.For(ChartSamples.Dangqun).Single(s => s.Key == "fig6");
        var points = Assert.Single(figure.Series).Points;

        Assert.Equal(7, points.Count);
        Assert.Equal(ChartSamples.Dangqun.Functional.Lines.Sum(l => l.Actual.Value), points.Sum(p => p.Value));
        Assert.All(points, p => Assert.True(p.Value > 0m));
    }
}
