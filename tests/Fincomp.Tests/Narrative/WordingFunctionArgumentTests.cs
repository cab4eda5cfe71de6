using Fincomp.Derivation;
using Fincomp.Diagnostics;
using Fincomp.Narrative;
using Fincomp.Tests.Support;
using Xunit;

namespace Fincomp.Tests.Narrative;

/// <summary>A figure that was not given, or that is not a finite number, is a template error at the call, never worded.</summary>
public sealed class WordingFunctionArgumentTests : IDisposable
{
    private static readonly Lazy<ReportFigures> Figures = new(() => ReportFigures.Of(TestPaths.LoadSample()));

    private readonly TemporaryFolder _folder = new("fincomp-wording-");

    public void Dispose() => _folder.Dispose();

    [Theory]
    [InlineData("{{ change null 40.2 }}", "change")]
    [InlineData("{{ versus \"上年\" null 40.2 }}", "versus")]
    [InlineData("{{ amount null }}", "amount")]
    [InlineData("{{ share 1 null }}", "share")]
    [InlineData("{{ completion null 1 }}", "completion")]
    [InlineData("{{ compare 1 null \"原因\" }}", "compare")]
    [InlineData("{{ change_reason null 1 \"原因\" }}", "change_reason")]
    [InlineData("{{ pair_change { both: \"a\", first: \"b\", first_last_year: 1, first_this_year: 2, second: \"c\", second_last_year: null, second_this_year: 4 } }}", "second_last_year")]
    [InlineData("{{ pair_change { both: \"a\", first: \"b\", first_last_year: 1, first_this_year: 2, second: \"c\", second_last_yaer: 3, second_this_year: 4 } }}", "second_last_yaer")]
    [InlineData("{{ pair_change { both: \"a\", first: \"b\", first_last_year: 1, first_this_year: 2, second: \"c\", second_this_year: 4 } }}", "second_last_year")]
    [InlineData("{{ pair_change { both: 1, first: \"b\", first_last_year: 1, first_this_year: 2, second: \"c\", second_last_year: 3, second_this_year: 4 } }}", "both")]
    [InlineData("{{ pair_change \"a\" }}", "pair_change")]
    [InlineData("{{ pair_change \"a\" \"b\" \"c\" 1 2 3 4 }}", "按名字")]
    [InlineData("{{ unchanged null 1 }}", "unchanged")]
    [InlineData("{{ is_zero null }}", "is_zero")]
    [InlineData("{{ change 1 \"多\" }}", "change")]
    [InlineData("{{ change (-7.9e28) 7.9e28 }}", "change")]
    [InlineData("{{ change 10000000000000000000000000000 (-70000000000000000000000000000) }}", "change")]
    public void A_missing_or_non_finite_figure_is_an_error_at_the_call(string call, string function)
    {
        var diagnostics = Render("正文\n前文" + call + "\n");

        var error = Assert.Single(diagnostics.Items);
        Assert.Equal(NarrativeCodes.TemplateRuntime, error.Code);
        Assert.EndsWith("report.scriban", error.Span.File, StringComparison.Ordinal);
        Assert.Equal(2, error.Span.Line);
        Assert.Equal(6, error.Span.Column); // the function name, after "前文{{ "
        Assert.Contains(function, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{{ 1 / 0 }}")]
    [InlineData("{{ 0.0 / 0 }}")]
    [InlineData("{{ -1 / 0 }}")]
    [InlineData("{{ amount (1.0 / 0) }}")]
    public void A_non_finite_number_is_never_printed(string expression)
    {
        var diagnostics = Render("正文\n前文" + expression + "\n");

        var error = Assert.Single(diagnostics.Items);
        Assert.Equal(NarrativeCodes.TemplateRuntime, error.Code);
        Assert.Equal(2, error.Span.Line);
    }

    [Theory]
    [InlineData("{{ date.now }}")]
    [InlineData("{{ math.random 1 100 }}")]
    [InlineData("{{ math.uuid }}")]
    public void Functions_that_differ_from_run_to_run_are_not_available(string expression)
    {
        var error = Assert.Single(Render("正文\n前文" + expression + "\n").Items);
        Assert.Equal(NarrativeCodes.TemplateRuntime, error.Code);
        Assert.Equal(2, error.Span.Line);
    }

    [Fact]
    public void Other_built_in_functions_remain()
    {
        Assert.Empty(Render("{{ math.round 1.5 }}{{ \"a\" | string.upcase }}{{ date.parse \"2023-01-02\" | date.to_string \"%Y\" }}{{ [1, 2] | array.join \"、\" }}").Items);
    }

    [Fact]
    public void Integers_and_decimals_are_still_worded()
    {
        var diagnostics = Render("{{ change 10 20 }}|{{ versus \"上年\" 20.5 20.5 }}|{{ is_zero 0.001 }}|{{ amount 3 }}");
        Assert.Empty(diagnostics.Items);
    }

    [Fact]
    public void Pair_change_takes_its_figures_by_name_in_any_order()
    {
        var text = RenderText(
            "{{ pair_change { second: \"支出总计\", second_this_year: 120, second_last_year: 100, both: \"收、支总计\", first: \"收入总计\", first_this_year: 90, first_last_year: 100 } }}\n"
            + "{{ pair_change { both: \"收、支总计\", first: \"收入总计\", first_last_year: 100, first_this_year: 110, second: \"支出总计\", second_last_year: 100, second_this_year: 110 } }}\n");
        Assert.Contains("收入总计减少10万元，下降10%", text, StringComparison.Ordinal);
        Assert.Contains("支出总计增加20万元，增长20%", text, StringComparison.Ordinal);
        Assert.Contains("收、支总计各增加10万元，增长10%", text, StringComparison.Ordinal);
    }

    private string RenderText(string template)
    {
        File.WriteAllText(Path.Combine(_folder.Path, "report.scriban"), template);
        var diagnostics = new DiagnosticBag();
        var text = new NarrativeRenderer(_folder.Path).Render(Figures.Value, diagnostics);
        Assert.Empty(diagnostics.Items);
        return text!;
    }

    private DiagnosticBag Render(string template)
    {
        File.WriteAllText(Path.Combine(_folder.Path, "report.scriban"), template);
        var diagnostics = new DiagnosticBag();
        var text = new NarrativeRenderer(_folder.Path).Render(Figures.Value, diagnostics);
        Assert.Equal(diagnostics.HasErrors, text is null);
        return diagnostics;
    }
}
