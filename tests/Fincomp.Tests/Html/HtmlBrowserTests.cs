using System.Text.RegularExpressions;
using Fincomp.Document;
using Xunit;

namespace Fincomp.Tests.Html;

/// <summary>
/// The page in a real client: headless Chromium loads it from disk, and the test reads the DOM it built, the console
/// log and a screenshot. The page and screenshot stay in the test output (TestResults/html) to be looked at.
/// </summary>
public sealed class HtmlBrowserTests
{
    [ChromiumFact]
    public void Sample_page_loads_with_every_table_and_chart_and_no_console_errors()
    {
        var browser = HtmlBrowser.Find();

        var document = HtmlDocuments.Sample();
        var page = HtmlBrowser.WritePage("sample", document);
        var dom = browser.DumpDom(page);
        Assert.True(dom.ExitCode == 0, $"chromium exited with {dom.ExitCode}:\n{dom.Log}");
        Assert.Empty(dom.ConsoleProblems);
        var tables = document.Blocks.OfType<Table>().ToList();
        var figures = document.Blocks.OfType<Figure>().ToList();
        Assert.Equal(9, tables.Count);
        Assert.NotEmpty(figures);
        Assert.Equal(tables.Count, Regex.Count(dom.Output, "<table[ >]"));
        Assert.Equal(tables.Sum(t => t.Rows.Count), Regex.Count(dom.Output, "<tr[ >]"));
        Assert.Equal(tables.Count(t => t.HeaderRows > 0), Regex.Count(dom.Output, "<thead>"));
        var images = Regex.Matches(dom.Output, "<img src=\"data:image/png;base64,[A-Za-z0-9+/=]+\" alt=\"([^\"]+)\"")
            .Select(m => m.Groups[1].Value)
            .ToList();
        Assert.Equal(figures.Select(f => f.Caption), images);

        using var shot = HtmlBrowser.TakeScreenshot(browser, page);
        Assert.True(shot.DarkPixels() > 20_000, "The screenshot has almost no text.");
        Assert.True(shot.ColouredPixels() > 20_000, "No chart was drawn: the screenshot has almost no coloured pixels.");
    }

    [ChromiumFact]
    public void Every_block_page_draws_the_embedded_png_and_keeps_spans()
    {
        var browser = HtmlBrowser.Find();

        var page = HtmlBrowser.WritePage("every-block", HtmlDocuments.EveryBlock());
        var dom = browser.DumpDom(page);
        Assert.True(dom.ExitCode == 0, $"chromium exited with {dom.ExitCode}:\n{dom.Log}");
        Assert.Empty(dom.ConsoleProblems);
        Assert.Contains("<th rowspan=\"2\" class=\"c\">项目</th><th colspan=\"2\" class=\"c\">金额</th>", dom.Output);
        Assert.Contains("<td rowspan=\"2\" class=\"l\"><strong>合计</strong></td>", dom.Output);
        Assert.Contains("&lt;其中&gt;", dom.Output);
        Assert.Single(Regex.Matches(dom.Output, "<img src=\"data:image/png;base64,"));

        using var shot = HtmlBrowser.TakeScreenshot(browser, page);
        // The 40×30 red picture is scaled to 15 cm wide (about 567 × 425 px): far more red than any text could give.
        Assert.True(shot.PixelsNear(0xC0, 0x30, 0x30) > 100_000, "The embedded PNG was not drawn.");
        Assert.True(shot.DarkPixels() > 5_000, "The screenshot has almost no text.");
    }

    [ChromiumFact]
    public void Console_errors_of_a_page_are_seen()
    {
        var browser = HtmlBrowser.Find();

        // A probe page, not a report: it proves the console check above can fail.
        var page = HtmlBrowser.Artifact("console-probe.html");
        File.WriteAllText(page, "<!DOCTYPE html><html><body><script>console.error(\"probe\"); missingFunction();</script></body></html>\n");
        var problems = browser.DumpDom(page).ConsoleProblems;
        Assert.Contains(problems, line => line.Contains("probe", StringComparison.Ordinal));
        Assert.Contains(problems, line => line.Contains("Uncaught", StringComparison.Ordinal));
    }
}
