using Fincomp.Cli;
using Fincomp.Tests.Support;
using Xunit;

namespace Fincomp.Tests.Charts;

public sealed class ChartsCommandTests
{
    [Fact]
    public void Writes_a_png_and_an_svg_for_each_figure_of_the_sample()
    {
        var folder = Path.Combine(Path.GetTempPath(), "fincomp-charts-" + Guid.NewGuid().ToString("N"));
        try
        {
            var output = new StringWriter();
            var code = FincompApp.Run(["charts", TestPaths.Sample("dangqun-2023.yaml"), "-o", folder], output, new StringWriter());

            Assert.Equal(0, code);
            var names = Directory.GetFiles(folder).Select(f => Path.GetFileName(f)!).Order(StringComparer.Ordinal).ToArray();
            Assert.Equal(
                ["fig1.png", "fig1.svg", "fig2.png", "fig2.svg", "fig3.png", "fig3.svg", "fig4.png", "fig4.svg", "fig5.png", "fig5.svg", "fig6.png", "fig6.svg"],
                names);
            Assert.Contains("图6：一般公共预算财政拨款支出决算结构（饼状图）", output.ToString());
        }
        finally
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    [Fact]
    public void Unusable_chart_font_is_a_usage_error()
    {
        var error = new StringWriter();
        var code = FincompApp.Run(
            ["charts", TestPaths.Sample("dangqun-2023.yaml"), "-o", Path.GetTempPath(), "--chart-font", "no-such-font.ttf"],
            new StringWriter(),
            error);

        Assert.Equal(2, code);
        Assert.Contains("图表字体文件不存在", error.ToString());
    }

    [Fact]
    public void A_chart_font_that_is_no_font_is_a_template_failure_in_chinese()
    {
        var font = Path.Combine(Path.GetTempPath(), $"fincomp-not-a-font-{Guid.NewGuid():N}.ttf");
        File.WriteAllText(font, "这不是字体");
        try
        {
            var error = new StringWriter();
            var code = FincompApp.Run(["charts", TestPaths.Sample("dangqun-2023.yaml"), "-o", Path.GetTempPath(), "--chart-font", font], new StringWriter(), error);

            Assert.Equal(4, code);
            Assert.Equal($"无法读取图表字体文件：{font}（应为 TTF、OTF 或 TTC 字体）。", error.ToString().Trim());
        }
        finally
        {
            File.Delete(font);
        }
    }
}
