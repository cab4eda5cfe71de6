using Fincomp.Compilation;
using Fincomp.Narrative;
using Fincomp.Tests.Support;
using Xunit;

namespace Fincomp.Tests.Build;

/// <summary>
/// A chart font that cannot be used is a message naming the font, not an internal error; one without the Chinese
/// glyphs the charts print is a warning naming the characters, not tofu printed silently.
/// </summary>
public sealed class ChartFontErrorTests : IDisposable
{
    private readonly TemporaryFolder _folder = new("fincomp-font-");

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void A_file_that_is_not_a_font_is_reported_about_the_font()
    {
        var font = Path.Combine(_folder.Path, "不是字体.ttf");
        File.WriteAllText(font, "这不是字体");

        var result = ReportCompiler.Compile(TestPaths.LoadSample(), new CompileOptions { ChartFontFile = font });

        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Diagnostics, d => d.Code == NarrativeCodes.ChartFontUnusable);
        Assert.Equal(font, error.Span.File);
        Assert.Contains("图表字体", error.Message, StringComparison.Ordinal);
    }

    /// <summary>DejaVu Sans: Latin, Greek, Cyrillic, no Chinese (the base image's only font family).</summary>
    private const string LatinOnlyFont = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf";

    [Fact]
    public void A_font_without_Chinese_glyphs_is_a_warning_naming_the_characters()
    {
        Assert.True(File.Exists(LatinOnlyFont), $"{LatinOnlyFont} is needed (Debian fonts-dejavu-core)");

        var result = ReportCompiler.Compile(TestPaths.LoadSample(), new CompileOptions { ChartFontFile = LatinOnlyFont });

        var warning = Assert.Single(result.Diagnostics, d => d.Code == NarrativeCodes.ChartFontLacksChinese);
        Assert.Equal(Fincomp.Diagnostics.Severity.Warning, warning.Severity);
        Assert.Equal(LatinOnlyFont, warning.Span.File);
        Assert.Contains("没有这些字的字形：", warning.Message, StringComparison.Ordinal);
        Assert.Matches(@"字形：\p{IsCJKUnifiedIdeographs}+.*（共 \d+ 个）", warning.Message);
        Assert.NotNull(result.Document);
    }

    [Fact]
    public void The_shipped_font_has_every_character_the_charts_print()
    {
        var result = ReportCompiler.Compile(TestPaths.LoadSample(), new CompileOptions());

        Assert.DoesNotContain(result.Diagnostics, d => d.Code == NarrativeCodes.ChartFontLacksChinese);
    }

    [Fact]
    public void The_charts_command_gives_the_same_warning()
    {
        var output = new StringWriter();
        var exit = Fincomp.Cli.FincompApp.Run(["charts", TestPaths.Sample("dangqun-2023.yaml"), "--chart-font", LatinOnlyFont, "-o", Path.Combine(_folder.Path, "charts")], output, new StringWriter());

        Assert.Equal(0, exit);
        Assert.Contains($"{LatinOnlyFont}(1,1): warning FC0915: 图表字体", output.ToString(), StringComparison.Ordinal);
    }
}
