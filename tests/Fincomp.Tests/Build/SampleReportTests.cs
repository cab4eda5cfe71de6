using Fincomp.Compilation;
using Fincomp.Document;
using Xunit;
using Fincomp.Tests.Support;

namespace Fincomp.Tests.Build;

/// <summary>The seed sample compiled end to end: the text projection against its golden file, and the corrected figures.</summary>
public sealed class SampleReportTests
{
    private static readonly Lazy<string> Projection = new(() =>
    {
        var result = ReportCompiler.Compile(TestPaths.LoadSample(), new CompileOptions());
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        return TextProjection.Project(result.Document!);
    });

    [Fact]
    public void Projection_matches_golden_file() => GoldenFile.AssertMatches(Path.Combine(TestPaths.TestProject, "Build", "Golden", "dangqun-2023.txt"), Projection.Value);

    [Theory]
    [InlineData("2023年度收、支总计均为837.44万元。与2022年度相比，收、支总计各减少54.15万元，下降6.07%。")]
    [InlineData("基本支出188.49万元，占22.51%；项目支出648.95万元，占77.49%")]
    [InlineData("一般公共服务支出773.13万元，占92.32%")]
    [InlineData("城乡社区支出55.6万元，占6.64%")]
    [InlineData("党群部下设5个")]
    [InlineData("本部门2023年度无“三公”经费财政拨款支出，无图7。")]
    [InlineData("比2022年度增加23.17万元，增长34.48%")]
    public void Corrected_sentences_appear(string sentence) => Assert.Contains(sentence, Projection.Value, StringComparison.Ordinal);

    [Theory]
    [InlineData("减少0万元")]
    [InlineData("下降0%")]
    [InlineData("完成预算0%")]
    [InlineData("下设6个")]
    [InlineData("城乡社区支出55.6万元，占6.66%")]
    [InlineData("[图7")]
    public void Seed_mistakes_do_not_appear(string text) => Assert.DoesNotContain(text, Projection.Value, StringComparison.Ordinal);

    [Fact]
    public void Parts_come_in_order_with_the_nine_tables_last()
    {
        var text = Projection.Value;
        var parts = new[] { "# 第一部分 单位概况", "# 第二部分 2023年度单位决算情况说明", "# 第三部分 名词解释", "# 第四部分 附件", "# 第五部分 附表" };
        var positions = parts.Select(p => text.IndexOf(p + "\n", StringComparison.Ordinal)).ToList();
        Assert.DoesNotContain(-1, positions);
        Assert.Equal(positions.Order(), positions);
        Assert.Equal(9, text[positions[^1]..].Split('\n').Count(l => l.StartsWith("[表] ", StringComparison.Ordinal)));
    }

    [Fact]
    public void Figures_one_to_six_are_placed_with_their_captions()
    {
        for (var number = 1; number <= 6; number++)
        {
            Assert.Contains($"[图{number}：", Projection.Value, StringComparison.Ordinal);
        }
    }
}
