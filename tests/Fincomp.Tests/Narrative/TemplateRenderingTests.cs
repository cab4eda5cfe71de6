using Fincomp.Derivation;
using Fincomp.Diagnostics;
using Fincomp.Narrative;
using Xunit;
using Fincomp.Tests.Support;

namespace Fincomp.Tests.Narrative;

/// <summary>Overrides by file name, strict variables and confined includes, each through a temporary template folder.</summary>
public sealed class TemplateRenderingTests : IDisposable
{
    private static readonly Lazy<ReportFigures> Figures = new(() => ReportFigures.Of(TestPaths.LoadSample()));

    private readonly TemporaryFolder _folder = new("fincomp-templates-");

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Built_in_templates_render_the_sample_cleanly()
    {
        var diagnostics = new DiagnosticBag();
        var text = new NarrativeRenderer().Render(Figures.Value, diagnostics);
        Assert.Empty(diagnostics.Items);
        Assert.StartsWith("::: title 四川遂宁高新技术产业园区党群工作部\n::: title 2023年度部门决算\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_template_in_the_override_folder_replaces_the_built_in_one_of_the_same_name()
    {
        File.WriteAllText(Path.Combine(_folder.Path, "00-title.scriban"), "::: title {{ unit.short_name }}决算公开\n");
        var text = Render(out var diagnostics);
        Assert.Empty(diagnostics.Items);
        Assert.StartsWith("::: title 党群部决算公开", text, StringComparison.Ordinal);
        Assert.Contains("# 第一部分 单位概况", text, StringComparison.Ordinal);
    }

    [Fact]
    public void An_override_edited_between_two_builds_is_parsed_again()
    {
        var title = Path.Combine(_folder.Path, "00-title.scriban");
        var entry = Path.Combine(_folder.Path, "report.scriban");
        File.WriteAllText(entry, "{{ include \"00-title.scriban\" }}|{{ unit.year }}");
        File.WriteAllText(title, "旧标题");
        Assert.Equal("旧标题|2023", Render(out _));
        Assert.Equal("旧标题|2023", Render(out _));

        File.WriteAllText(title, "新标题{{ unit.short_name }}");
        File.WriteAllText(entry, "{{ include \"00-title.scriban\" }}/{{ unit.year }}");
        Assert.Equal("新标题党群部/2023", Render(out var diagnostics));
        Assert.Empty(diagnostics.Items);
    }

    [Fact]
    public void Removing_an_override_falls_back_to_the_built_in_template()
    {
        var title = Path.Combine(_folder.Path, "00-title.scriban");
        File.WriteAllText(title, "::: title 覆盖标题\n");
        Assert.StartsWith("::: title 覆盖标题", Render(out _), StringComparison.Ordinal);
        File.Delete(title);
        Assert.StartsWith("::: title 四川遂宁高新技术产业园区党群工作部\n::: title 2023年度部门决算\n", Render(out _), StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_variable_is_an_error_naming_file_line_and_column()
    {
        var path = Path.Combine(_folder.Path, "01-profile.scriban");
        File.WriteAllText(path, "# 第一部分\n正文{{ unit.nmae }}\n");
        Assert.Null(Render(out var diagnostics));
        var error = Assert.Single(diagnostics.Items);
        Assert.Equal(NarrativeCodes.TemplateRuntime, error.Code);
        Assert.Equal(path, error.Span.File);
        Assert.Equal(2, error.Span.Line);
        Assert.True(error.Span.Column > 1);
    }

    [Fact]
    public void A_syntax_error_is_reported_with_its_position()
    {
        File.WriteAllText(Path.Combine(_folder.Path, "02-00-part.scriban"), "{{ if }}\n");
        Assert.Null(Render(out var diagnostics));
        Assert.Contains(diagnostics.Items, d => d.Code == NarrativeCodes.TemplateSyntax && d.Span.File.EndsWith("02-00-part.scriban", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("../secret.scriban")]
    [InlineData("/etc/passwd")]
    [InlineData("sub/01-profile.scriban")]
    public void Includes_outside_the_template_folders_are_refused(string name)
    {
        File.WriteAllText(Path.Combine(_folder.Path, "00-title.scriban"), $"{{{{ include \"{name}\" }}}}\n");
        Assert.Null(Render(out var diagnostics));
        Assert.Contains(diagnostics.Items, d => d.Message.Contains("模板名称", StringComparison.Ordinal));
    }

    [Fact]
    public void An_endless_loop_stops_at_the_loop_limit()
    {
        File.WriteAllText(Path.Combine(_folder.Path, "00-title.scriban"), "{{ while true }}x{{ end }}\n");
        Assert.Null(Render(out var diagnostics));
        Assert.Contains(diagnostics.Items, d => d.Code == NarrativeCodes.TemplateRuntime);
    }

    [Fact]
    public void Wording_functions_are_available_to_templates()
    {
        File.WriteAllText(Path.Combine(_folder.Path, "report.scriban"), "{{ change 891.59 837.44 }}|{{ amount 55.60 }}|{{ share 55.6 837.44 }}|{{ completion 0 0 }}");
        Assert.Equal("减少54.15万元，下降6.07%|55.6|6.64|未安排预算", Render(out var diagnostics));
        Assert.Empty(diagnostics.Items);
    }

    private string? Render(out DiagnosticBag diagnostics)
    {
        diagnostics = new DiagnosticBag();
        return new NarrativeRenderer(_folder.Path).Render(Figures.Value, diagnostics);
    }
}
