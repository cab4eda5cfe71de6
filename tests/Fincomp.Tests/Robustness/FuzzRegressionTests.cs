using Fincomp.Derivation;
using Fincomp.Diagnostics;
using Fincomp.Narrative;
using Fincomp.Tests.Support;
using Xunit;

namespace Fincomp.Tests.Robustness;

/// <summary>
/// Inputs the fuzz campaign found failing, kept as they were found. Unit files that crashed the loader live in
/// Data/Malformed (fuzz-loader-*.yaml) with their golden diagnostics; templates live in Robustness/Corpus.
/// </summary>
public sealed class FuzzRegressionTests
{
    [Fact]
    public void A_template_ending_inside_an_expression_gives_syntax_errors_with_real_positions()
    {
        var folder = Path.Combine(TestPaths.TestProject, "Robustness", "Corpus");
        var diagnostics = new DiagnosticBag();

        var text = new NarrativeRenderer(folder).Render(ReportFigures.Of(TestPaths.LoadSample()), diagnostics);

        Assert.Null(text);
        var lastLine = File.ReadAllLines(Path.Combine(folder, "02-01-totals.scriban")).Length;
        Assert.NotEmpty(diagnostics.Items);
        Assert.All(diagnostics.Items, error =>
        {
            Assert.Equal(NarrativeCodes.TemplateSyntax, error.Code);
            Assert.Equal(Path.Combine(folder, "02-01-totals.scriban"), error.Span.File);
            Assert.InRange(error.Span.Line, 1, lastLine);
            Assert.True(error.Span.Column >= 1);
        });
    }
}
