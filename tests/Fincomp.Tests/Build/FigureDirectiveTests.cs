using Fincomp.Compilation;
using Fincomp.Narrative;
using Fincomp.Tests.Support;
using Xunit;

namespace Fincomp.Tests.Build;

/// <summary>A figure directive naming no chart is an error, like a bad table name; a chart the unit does not have is left out.</summary>
public sealed class FigureDirectiveTests : IDisposable
{
    private readonly TemporaryFolder _folder = new("fincomp-figures-");

    public void Dispose() => _folder.Dispose();

    [Theory]
    [InlineData("fig8")]
    [InlineData("fg1")]
    [InlineData("fig01")]
    [InlineData("Fig1")]
    [InlineData("")]
    public void A_misspelt_figure_is_an_error(string name)
    {
        var result = Compile($"正文\n::: figure {name}\n");

        Assert.False(result.Succeeded);
        Assert.Contains(result.Diagnostics, d => d.Code == NarrativeCodes.UnknownDirective && d.Span.Line == 2);
    }

    [Fact]
    public void A_chart_the_unit_does_not_have_is_left_out_silently()
    {
        // The seed sample has no "三公" spending, hence no 图7.
        var result = Compile("正文\n::: figure fig7\n::: figure fig2\n");

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Single(result.Document!.Blocks.OfType<Fincomp.Document.Figure>());
    }

    private CompileResult Compile(string report)
    {
        File.WriteAllText(Path.Combine(_folder.Path, "report.scriban"), report);
        return ReportCompiler.Compile(TestPaths.LoadSample(), new CompileOptions { TemplateDirectory = _folder.Path });
    }
}
