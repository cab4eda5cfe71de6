using System.Text.RegularExpressions;
using Fincomp.Document;
using Xunit;
using Xunit.Abstractions;

namespace Fincomp.Tests.Html;

/// <summary>
/// The page in a real client: headless Chromium loads it from disk, and the test reads the DOM it built, the console
/// log and a screenshot. The page and screenshot stay in the test output (TestResults/html) to be looked at.
/// </summary>
public sealed class HtmlBrowserTests
{
    private const int ShotWidth = 1200;
    private const int ShotHeight = 3000;
    private readonly ITestOutputHelper _output;

    public HtmlBrowserTests(ITestOutputHelper output)
    {
        _output = output;
    }

    [Fact]
    public void Sample_page_loads_with_every_table_and_chart_and_no_console_errors()
    {
        var browser = Browser();
        if (browser is null)
        {
            return;
        }

        var document = HtmlDocuments.Sample();
        var page = WritePage("sample", document);
        var dom = browser.DumpDom(page);
        Assert.True(dom.ExitCode == 0, $"chromium exited with {dom.ExitCode}:\n{dom.Log}");
        Assert.Empty(dom.ConsoleProblems);
        var tables = document.Blocks.OfType<Table>().ToList();
        var figures = document.Blocks.OfType<Figure>().ToList();
        Assert.Equal(9, tables.Count);
        Assert.NotEmpty(figures);
        Assert.Equal(tables.Count, Regex.Matches(dom.Output, "<table[ >]").Count);
        Assert.Equal(tables.Sum(t => t.Rows.Count), Regex.Matches(dom.Output, "<tr[ >]").Count);
        Assert.Equal(tables.Count(t => t.HeaderRows > 0), Regex.Matches(dom.Output, "<thead>").Count);
        var images = Regex.Matches(dom.Output, "<img src=\"data:image/png;base64,[A-Za-z0-9+/=]+\" alt=\"([^\"]+)\"")
            .Select(m => m.Groups[1].Value)
            .ToList();
        Assert.Equal(figures.Select(f => f.Caption), images);

        using var shot = TakeScreenshot(browser, page, "sample");
        Assert.True(shot.DarkPixels() > 20_000, "The screenshot has almost no text.");
        Assert.True(shot.ColouredPixels() > 20_000, "No chart was drawn: the screenshot has almost no coloured pixels.");
    }

    [Fact]
    public void Every_block_page_draws_the_embedded_png_and_keeps_spans()
    {
        var browser = Browser();
        if (browser is null)
        {
            return;
        }

        var page = WritePage("every-block", HtmlDocuments.EveryBlock());
        var dom = browser.DumpDom(page);
        Assert.True(dom.ExitCode == 0, $"chromium exited with {dom.ExitCode}:\n{dom.Log}");
        Assert.Empty(dom.ConsoleProblems);
        Assert.Contains("<th rowspan=\"2\" class=\"c\">项目</th><th colspan=\"2\" class=\"c\">金额</th>", dom.Output);
        Assert.Contains("<td rowspan=\"2\" class=\"l\"><strong>合计</strong></td>", dom.Output);
        Assert.Contains("&lt;其中&gt;", dom.Output);
        Assert.Single(Regex.Matches(dom.Output, "<img src=\"data:image/png;base64,"));

        using var shot = TakeScreenshot(browser, page, "every-block");
        // The 40×30 red picture is scaled to 15 cm wide (about 567 × 425 px): far more red than any text could give.
        Assert.True(shot.PixelsNear(0xC0, 0x30, 0x30) > 100_000, "The embedded PNG was not drawn.");
        Assert.True(shot.DarkPixels() > 5_000, "The screenshot has almost no text.");
    }

    private HeadlessChromium? Browser()
    {
        var browser = HeadlessChromium.Find();
        if (browser is not null)
        {
            return browser;
        }

        Assert.True(
            HeadlessChromium.Skipped,
            $"chromium is not on PATH. Install it (apt-get install -y chromium) or set {HeadlessChromium.SkipVariable}=1 to skip the browser tests.");
        _output.WriteLine($"{HeadlessChromium.SkipVariable}=1: browser test skipped.");
        return null;
    }

    private static string WritePage(string name, ReportDocument document)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "TestResults", "html");
        Directory.CreateDirectory(folder);
        var page = Path.Combine(folder, name + ".html");
        File.WriteAllBytes(page, HtmlDocuments.WriteBytes(document));
        return page;
    }

    private Screenshot TakeScreenshot(HeadlessChromium browser, string page, string name)
    {
        var png = Path.ChangeExtension(page, ".png");
        File.Delete(png);
        var run = browser.Screenshot(page, png, ShotWidth, ShotHeight);
        Assert.True(run.ExitCode == 0 && File.Exists(png), $"No screenshot of {name}:\n{run.Log}");
        Assert.Empty(run.ConsoleProblems);
        _output.WriteLine($"Screenshot: {png}");
        var shot = new Screenshot(png);
        Assert.Equal((ShotWidth, ShotHeight), (shot.Width, shot.Height));
        return shot;
    }
}
