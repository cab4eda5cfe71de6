using Fincomp.Compilation;
using Fincomp.Narrative;
using Fincomp.Tests.Support;
using Xunit;

namespace Fincomp.Tests.Build;

/// <summary>A chart font that cannot be used is a message naming the font, not an internal error.</summary>
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
}
