using Fincomp.Document;
using Xunit;

namespace Fincomp.Tests.Html;

/// <summary>
/// The steps the browser tests share: find chromium (or fail, unless skipping is asked for), write a page into the
/// test output's TestResults/html folder, and take a 1200 × 3000 screenshot beside it, kept for a person to look at.
/// </summary>
internal static class HtmlBrowser
{
    public const int ShotWidth = 1200;
    public const int ShotHeight = 3000;

    /// <summary>
    /// The browser. A test marked <see cref="ChromiumFactAttribute"/> runs only when one is installed or skipping was
    /// not asked for, so a missing browser fails here with the way to install it.
    /// </summary>
    public static HeadlessChromium Find()
    {
        var browser = HeadlessChromium.Find();
        Assert.True(
            browser is not null,
            $"chromium is not on PATH. Install it (apt-get install -y chromium) or set {HeadlessChromium.SkipVariable}=1 to skip the browser tests.");
        return browser;
    }

    public static string WritePage(string name, ReportDocument document)
    {
        var page = Artifact(name + ".html");
        File.WriteAllBytes(page, HtmlDocuments.WriteBytes(document));
        return page;
    }

    public static string Artifact(string fileName)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "TestResults", "html");
        Directory.CreateDirectory(folder);
        return Path.Combine(folder, fileName);
    }

    public static Screenshot TakeScreenshot(HeadlessChromium browser, string page)
    {
        var png = Path.ChangeExtension(page, ".png");
        File.Delete(png);
        var run = browser.Screenshot(page, png, ShotWidth, ShotHeight);
        Assert.True(run.ExitCode == 0 && File.Exists(png), $"No screenshot of {page}:\n{run.Log}");
        Assert.Empty(run.ConsoleProblems);
        var shot = new Screenshot(png);
        Assert.Equal((ShotWidth, ShotHeight), (shot.Width, shot.Height));
        return shot;
    }
}
