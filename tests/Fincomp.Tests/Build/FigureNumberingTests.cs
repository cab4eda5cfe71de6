using Fincomp.Tests.Support;
using Xunit;
using static Fincomp.Tests.Derivation.FigureFixtures;

namespace Fincomp.Tests.Build;

/// <summary>Figures are numbered 图1, 图2, … in the order the document shows them, and the text's 图N follows.</summary>
public sealed class FigureNumberingTests
{
    [Fact]
    public void A_unit_without_last_year_numbers_its_figures_without_gaps()
    {
        var unit = TestPaths.LoadSample() with { Previous = null };
        var report = Report(unit);

        var captions = report.Split('\n').Where(l => l.StartsWith("[图", StringComparison.Ordinal)).ToList();
        Assert.Equal(["[图1：收入决算结构图（饼状图）]", "[图2：支出决算结构图（饼状图）]", "[图3：一般公共预算财政拨款支出决算结构（饼状图）]"], captions);
        // The 三公 figure would be the fourth: the sentence that says there is none names that number.
        Assert.Contains("本部门2023年度无“三公”经费财政拨款支出，无图4。", report, StringComparison.Ordinal);
    }

    [Fact]
    public void A_unit_with_every_figure_keeps_the_standard_numbers()
    {
        var captions = Report(TestPaths.LoadSample()).Split('\n').Where(l => l.StartsWith("[图", StringComparison.Ordinal)).ToList();

        Assert.Equal(6, captions.Count);
        Assert.All(captions, (caption, i) => Assert.StartsWith($"[图{i + 1}：", caption, StringComparison.Ordinal));
    }
}
