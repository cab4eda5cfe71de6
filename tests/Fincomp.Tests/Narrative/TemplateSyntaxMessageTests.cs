using System.Text.RegularExpressions;
using Fincomp.Derivation;
using Fincomp.Diagnostics;
using Fincomp.Narrative;
using Fincomp.Tests.Support;
using Xunit;

namespace Fincomp.Tests.Narrative;

/// <summary>
/// A template that does not parse is FC0901 at its file, line and column, said in Chinese: the common mistakes of a
/// bureau editing a template are explained, and no English text of Scriban reaches the clerk for them.
/// </summary>
public sealed partial class TemplateSyntaxMessageTests : IDisposable
{
    /// <summary>Scriban's own keywords, which the explanations name as the template writes them.</summary>
    private static readonly HashSet<string> TemplateWords = ["end", "else", "for", "while", "capture", "when"];

    private static readonly Lazy<ReportFigures> Figures = new(() => ReportFigures.Of(TestPaths.LoadSample()));

    private readonly TemporaryFolder _folder = new("fincomp-template-syntax-");

    public void Dispose() => _folder.Dispose();

    [Theory]
    [InlineData("正文\n{{ if true }}有\n", 2, "块没有结束")]
    [InlineData("正文\n有{{ end }}\n", 2, "多了一个 {{ end }}")]
    [InlineData("正文\n{{ '甲 }}\n", 2, "检查引号是否配对")]
    [InlineData("正文\n{{ for x }}{{ end }}\n", 2, "缺少 in")]
    [InlineData("正文\n{{ 1 + }}\n", 2, "运算符右边缺少值")]
    public void A_common_syntax_error_is_explained_in_Chinese_at_its_file_and_line(string template, int line, string hint)
    {
        var path = Path.Combine(_folder.Path, "02-00-part.scriban");
        File.WriteAllText(path, template);
        var diagnostics = new DiagnosticBag();

        Assert.Null(new NarrativeRenderer(_folder.Path).Render(Figures.Value, diagnostics));

        var error = diagnostics.Items[0];
        Assert.All(diagnostics.Items, d => Assert.Equal(NarrativeCodes.TemplateSyntax, d.Code));
        Assert.Equal((path, line), (error.Span.File, error.Span.Line));
        Assert.StartsWith("模板语法错误：", error.Message, StringComparison.Ordinal);
        Assert.Contains(hint, error.Message, StringComparison.Ordinal);
        Assert.All(diagnostics.Items, d => Assert.Equal("", string.Join(' ', EnglishWord().Matches(d.Message).Select(m => m.Value).Where(w => !TemplateWords.Contains(w)))));
    }

    [Fact]
    public void An_unknown_parser_message_keeps_its_text_after_a_Chinese_lead() =>
        Assert.Equal("模板语法错误：Something new", TemplateSyntaxText.Explain("Something new"));

    [GeneratedRegex("[A-Za-z]{3,}")]
    private static partial Regex EnglishWord();
}
