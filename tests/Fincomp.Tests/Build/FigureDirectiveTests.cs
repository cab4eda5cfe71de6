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

    [Theory]
    [InlineData("figure fig2")]
    [InlineData("table table1")]
    [InlineData("form unit")]
    public void A_template_that_loops_over_a_directive_is_stopped_at_the_line_that_wrote_it(string directive)
    {
        var result = Compile($"正文\n{{{{ for i in 1..1000 }}}}\n::: {directive}\n\n{{{{ end }}}}\n");

        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Diagnostics, d => d.Code == NarrativeCodes.TemplateRuntime);
        Assert.Contains("多半是循环写错了", error.Message, StringComparison.Ordinal);
        Assert.EndsWith("report.scriban", error.Span.File, StringComparison.Ordinal);
        Assert.Equal(3, error.Span.Line);
    }

    [Fact]
    public void Each_figure_may_still_be_placed_a_few_times()
    {
        var result = Compile("正文\n::: figure fig2\n\n::: figure fig2\n");

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Equal(2, result.Document!.Blocks.OfType<Fincomp.Document.Figure>().Count());
    }

    private CompileResult Compile(string report)
    {
        File.WriteAllText(Path.Combine(_folder.Path, "report.scriban"), report);
        return ReportCompiler.Compile(TestPaths.LoadSample(), new CompileOptions { TemplateDirectory = _folder.Path });
    }
}
