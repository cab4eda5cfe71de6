using Fincomp.Derivation;
using Fincomp.Diagnostics;
using Fincomp.Narrative;
using Xunit;
using Fincomp.Tests.Support;

namespace Fincomp.Tests.Robustness;

/// <summary>
/// A bureau's own template is untrusted input: it must not read files outside the template folders, loop or recurse
/// forever, build unbounded text, or reach .NET members; each attempt ends as a diagnostic naming file, line and column.
/// </summary>
public sealed class HostileTemplateTests : IDisposable
{
    private static readonly Lazy<ReportFigures> Figures = new(() => ReportFigures.Of(TestPaths.LoadSample()));

    private readonly TemporaryFolder _folder = new("fincomp-hostile-templates-");

    public void Dispose() => _folder.Dispose();

    [Theory]
    [InlineData("{{ include '../../etc/passwd' }}")]
    [InlineData("{{ include '/etc/passwd' }}")]
    [InlineData("{{ include '..' }}")]
    [InlineData("{{ include 'C:\\\\Windows\\\\win.ini' }}")]
    [InlineData("{{ include '\\\\\\\\server\\\\share\\\\x.scriban' }}")]
    [InlineData("{{ include 'sub/../report.scriban' }}")]
    [InlineData("{{ include ('..' + '/' + 'secret.scriban') }}")]
    public void Includes_cannot_leave_the_template_folders(string template)
    {
        File.WriteAllText(Path.Combine(Path.GetDirectoryName(_folder.Path)!, "secret.scriban"), "机密");
        var diagnostic = RenderFails("00-title.scriban", template);

        Assert.Equal(NarrativeCodes.TemplatePathRejected, diagnostic.Code);
        Assert.Contains("模板名称", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_template_that_links_outside_the_folder_is_refused()
    {
        var secret = Path.Combine(Path.GetDirectoryName(_folder.Path)!, $"secret-{Guid.NewGuid():N}.scriban");
        File.WriteAllText(secret, "机密");
        try
        {
            File.CreateSymbolicLink(Path.Combine(_folder.Path, "00-title.scriban"), secret);
            var diagnostic = RenderFails("01-profile.scriban", "{{ include '00-title.scriban' }}");

            Assert.Equal(NarrativeCodes.TemplatePathRejected, diagnostic.Code);
            Assert.DoesNotContain("机密", diagnostic.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(secret);
        }
    }

    [Fact]
    public void An_include_of_a_missing_template_names_the_including_file_and_position()
    {
        var diagnostic = RenderFails("00-title.scriban", "第一行\n  {{ include 'nothing-here.scriban' }}");

        Assert.Contains("找不到模板", diagnostic.Message, StringComparison.Ordinal);
        Assert.Equal(NarrativeCodes.TemplateNotFound, diagnostic.Code);
        Assert.Equal(2, diagnostic.Span.Line);
        Assert.InRange(diagnostic.Span.Column, 3, 12);
    }

    [Theory]
    [InlineData("{{ while true }}{{ end }}")]
    [InlineData("{{ while true }}x{{ end }}")]
    [InlineData("{{ for i in 1..2000000000 }}{{ end }}")]
    [InlineData("{{ for i in 1..1000 }}{{ for j in 1..1000 }}{{ end }}{{ end }}")]
    [InlineData("{{ func f; f; end; f }}")]
    [InlineData("{{ include '00-title.scriban' }}")]
    public void Endless_loops_and_recursion_stop_at_a_limit(string template)
    {
        var diagnostic = RenderFails("00-title.scriban", template);

        Assert.Equal(NarrativeCodes.TemplateRuntime, diagnostic.Code);
        Assert.Equal(1, diagnostic.Span.Line);
    }

    [Theory]
    [InlineData("{{ for i in 1..99999 }}{{ '一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十' }}{{ end }}")]
    [InlineData("{{ s = 'x' | string.pad_left 1000000; a = []; i = 0; while true; i = i + 1; a = a | array.add (s + i); end }}")]
    [InlineData("{{ a = [1]; while true; a = a | array.concat a; end }}")]
    [InlineData("{{ s = 'x'; for i in 1..60; s = s + s; end; s }}")]
    [InlineData("{{ s = 'x'; while true; s = s + s; end }}")]
    [InlineData("{{ 'x' | string.pad_left 2000000000 }}")]
    [InlineData("{{ 'x' | string.pad_right 1500000000 }}")]
    [InlineData("{{ (1..2000000000) | array.size }}")]
    [InlineData("{{ (1..2000000000) | array.join ',' }}")]
    public void Unbounded_output_or_text_is_an_error_not_a_crash(string template)
    {
        var diagnostic = RenderFails("00-title.scriban", template);

        Assert.Equal(NarrativeCodes.TemplateRuntime, diagnostic.Code);
        Assert.EndsWith("00-title.scriban", diagnostic.Span.File, StringComparison.Ordinal);
    }

    [Fact]
    public void Exponential_recursion_within_the_recursion_limit_stops_at_the_time_limit()
    {
        File.WriteAllText(Path.Combine(_folder.Path, "00-title.scriban"), "{{ func f(n); if n > 0; f(n - 1); f(n - 1); end; end; f(60) }}");
        var diagnostics = new DiagnosticBag();
        var renderer = new NarrativeRenderer(_folder.Path) { TimeLimit = TimeSpan.FromSeconds(1) };

        var text = HangGuard.Run(() => renderer.Render(Figures.Value, diagnostics), "render");

        Assert.Null(text);
        var diagnostic = Assert.Single(diagnostics.Items);
        Assert.Equal(NarrativeCodes.TemplateRuntime, diagnostic.Code);
        Assert.Contains("时间超过上限", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Rendering_the_sample_stays_far_below_the_allocation_limit()
    {
        var before = GC.GetAllocatedBytesForCurrentThread();
        var text = new NarrativeRenderer().Render(Figures.Value, new DiagnosticBag());
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.NotNull(text);
        Assert.InRange(allocated, 1, 64L * 1024 * 1024);
    }

    [Theory]
    [InlineData("{{ unit.name.GetType }}")]
    [InlineData("{{ unit.GetType }}")]
    [InlineData("{{ unit.name.Length }}")]
    [InlineData("{{ totals.income_total.GetType }}")]
    [InlineData("{{ unit.span }}")]
    [InlineData("{{ unit.Unit }}")]
    [InlineData("{{ environment }}")]
    public void Dotnet_members_beyond_the_model_are_unknown(string template)
    {
        var diagnostic = RenderFails("00-title.scriban", "# 标题\n" + template);

        Assert.Equal(NarrativeCodes.TemplateRuntime, diagnostic.Code);
        Assert.Equal(2, diagnostic.Span.Line);
        Assert.True(diagnostic.Span.Column >= 1);
    }

    [Fact]
    public void An_unknown_variable_names_file_line_and_column()
    {
        var diagnostic = RenderFails("01-profile.scriban", "# 第一部分\n\n本单位共有{{ staff_count }}人。\n");

        Assert.Equal(NarrativeCodes.TemplateRuntime, diagnostic.Code);
        Assert.Equal(Path.Combine(_folder.Path, "01-profile.scriban"), diagnostic.Span.File);
        Assert.Equal((3, 9), (diagnostic.Span.Line, diagnostic.Span.Column));
    }

    [Theory]
    [InlineData("{{ if }}")]
    [InlineData("{{ for }}")]
    [InlineData("{{ end }}")]
    [InlineData("{{ 'unterminated }}")]
    [InlineData("{{ x = }}")]
    public void A_broken_template_is_a_syntax_error_with_a_position(string template)
    {
        File.WriteAllText(Path.Combine(_folder.Path, "02-00-part.scriban"), template);
        var diagnostics = Render(out var text);

        Assert.Null(text);
        var diagnostic = diagnostics.Items[0];
        Assert.All(diagnostics.Items, d => Assert.Equal(NarrativeCodes.TemplateSyntax, d.Code));
        Assert.EndsWith("02-00-part.scriban", diagnostic.Span.File, StringComparison.Ordinal);
        Assert.Equal(1, diagnostic.Span.Line);
    }

    [Fact]
    public void A_template_that_is_not_text_is_an_error_not_a_crash()
    {
        var bytes = new byte[4096];
        new Random(5).NextBytes(bytes);
        File.WriteAllBytes(Path.Combine(_folder.Path, "00-title.scriban"), bytes);

        var diagnostics = Render(out var text);

        Assert.Equal(text is null, diagnostics.HasErrors);
    }

    private Diagnostic RenderFails(string name, string template)
    {
        File.WriteAllText(Path.Combine(_folder.Path, name), template);
        var diagnostics = Render(out var text);
        Assert.Null(text);
        return Assert.Single(diagnostics.Items, d => d.Severity == Severity.Error);
    }

    private DiagnosticBag Render(out string? text)
    {
        var diagnostics = new DiagnosticBag();
        text = HangGuard.Run(() => new NarrativeRenderer(_folder.Path).Render(Figures.Value, diagnostics), "render");
        return diagnostics;
    }
}
