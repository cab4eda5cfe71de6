using System.Text.RegularExpressions;
using Fincomp.Compilation;
using Fincomp.Document;
using Fincomp.Tests.Charts;
using Xunit;

namespace Fincomp.Tests.Html;

/// <summary>The sample unit compiled by <see cref="ReportCompiler"/> (the document <c>fincomp build</c> writes) as a page.</summary>
public sealed class HtmlCompiledSampleTests
{
    private static readonly Lazy<ReportDocument> Compiled = new(() =>
    {
        var result = ReportCompiler.Compile(ChartSamples.Dangqun, new CompileOptions());
        return result.Document ?? throw new InvalidOperationException(
            "The sample does not compile:\n" + string.Join('\n', result.Diagnostics));
    });

    [Fact]
    public void Compiled_sample_has_every_heading_table_and_figure_of_the_document()
    {
        var document = Compiled.Value;
        var html = HtmlDocuments.Write(document);
        var main = html[html.IndexOf("<main>", StringComparison.Ordinal)..];
        Assert.Contains($"<title>{System.Net.WebUtility.HtmlEncode(document.Title)}</title>", html);
        Assert.Equal(document.Blocks.OfType<Heading>().Count(), Regex.Count(main, "<h[1-5] id=\"h\\d+\">"));
        Assert.Equal(document.Blocks.OfType<Table>().Count(), Regex.Count(main, "<table>"));
        Assert.Equal(document.Blocks.OfType<Figure>().Count(), Regex.Count(main, "<img src=\"data:image/png;base64,"));
        Assert.Equal(document.Blocks.Count(b => b is PageBreak or BodyStart), Regex.Count(main, "class=\"page-break\""));
        // The contents follow the title and the cover lines, inside the page, as the Word document has them.
        Assert.True(main.IndexOf("<h1 ", StringComparison.Ordinal) < main.IndexOf("<nav class=\"contents\"", StringComparison.Ordinal));
        Assert.Contains("四川遂宁高新技术产业园区党群工作部<br>2023年度部门决算</h1>", main, StringComparison.Ordinal);
        Assert.DoesNotContain("http://", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("https://", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("&#x", html);
        Assert.Equal(HtmlDocuments.WriteBytes(document), HtmlDocuments.WriteBytes(document));
    }

    [ChromiumFact]
    public void Compiled_sample_loads_in_chromium_without_console_errors()
    {
        var browser = HtmlBrowser.Find();

        var document = Compiled.Value;
        var page = HtmlBrowser.WritePage("compiled-sample", document);
        var dom = browser.DumpDom(page);
        Assert.True(dom.ExitCode == 0, $"chromium exited with {dom.ExitCode}:\n{dom.Log}");
        Assert.Empty(dom.ConsoleProblems);
        Assert.Equal(document.Blocks.OfType<Table>().Count(), Regex.Count(dom.Output, "<table[ >]"));
        Assert.Equal(document.Blocks.OfType<Figure>().Count(), Regex.Count(dom.Output, "<img src=\"data:image/png;base64,"));

        using var shot = HtmlBrowser.TakeScreenshot(browser, page);
        Assert.True(shot.DarkPixels() > 20_000, "The screenshot has almost no text.");
    }
}
