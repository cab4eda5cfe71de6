using Fincomp.Compilation;
using Fincomp.Narrative;
using Fincomp.Tests.Support;
using Xunit;

namespace Fincomp.Tests.Build;

/// <summary>
/// An unknown directive is reported at the template file and line that wrote it (the file a bureau edits), not at a
/// line of the generated Markdown blamed on report.scriban.
/// </summary>
public sealed class DirectiveLocationTests : IDisposable
{
    private readonly TemporaryFolder _folder = new("fincomp-directives-");

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void A_bogus_directive_in_an_included_template_is_located_in_that_template()
    {
        var (file, result) = CompileWithProfile("::: pagebreak\n# 第一部分 概况\n{{ unit.name }}的职能。\n\n::: bogus\n正文。\n");

        var error = Assert.Single(result.Diagnostics, d => d.Code == NarrativeCodes.UnknownDirective);
        Assert.Equal(file, error.Span.File);
        Assert.Equal(5, error.Span.Line);
        Assert.Equal(1, error.Span.Column);
        Assert.Contains("::: bogus", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_directive_printed_by_a_loop_is_located_at_its_line_in_the_loop()
    {
        var (file, result) = CompileWithProfile("::: pagebreak\n{{ for i in 1..2 }}\n  ::: table table{{ i + 20 }}\n{{ end }}\n");

        var errors = result.Diagnostics.Where(d => d.Code == NarrativeCodes.UnknownDirective).ToList();
        Assert.Equal(2, errors.Count);
        Assert.All(errors, e => Assert.Equal((file, 3, 3), (e.Span.File, e.Span.Line, e.Span.Column)));
    }

    [Fact]
    public void A_directive_whose_name_is_computed_is_located_at_the_line_that_computes_it()
    {
        var (file, result) = CompileWithProfile("::: pagebreak\n正文。\n::: {{ \"bo\" + \"gus\" }} x\n");

        var error = Assert.Single(result.Diagnostics, d => d.Code == NarrativeCodes.UnknownDirective);
        Assert.Equal((file, 3), (error.Span.File, error.Span.Line));
    }

    private (string File, CompileResult Result) CompileWithProfile(string profile)
    {
        var file = Path.Combine(_folder.Path, "01-profile.scriban");
        File.WriteAllText(file, profile);
        var unit = new Fincomp.Input.UnitLoader().Load(TestPaths.Sample("park/yingji-2023.yaml")).Unit!;
        return (file, ReportCompiler.Compile(unit, new CompileOptions { TemplateDirectory = _folder.Path }));
    }
}
