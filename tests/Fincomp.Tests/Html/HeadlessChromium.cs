using System.Diagnostics;

namespace Fincomp.Tests.Html;

/// <summary>
/// Runs the Debian <c>chromium</c> headless on a local page, each run with a fresh profile and no background
/// networking, and returns what it printed: the serialised DOM after load, or a screenshot, with the browser's log
/// (console messages included) from stderr.
/// </summary>
internal sealed class HeadlessChromium
{
    /// <summary>Set to 1 where no browser can be installed; otherwise a missing chromium fails the test.</summary>
    public const string SkipVariable = "FINCOMP_SKIP_BROWSER";

    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(2);
    private readonly string _executable;

    private HeadlessChromium(string executable)
    {
        _executable = executable;
    }

    public static bool Skipped => Environment.GetEnvironmentVariable(SkipVariable) == "1";

    /// <summary>The browser on PATH, or null.</summary>
    public static HeadlessChromium? Find()
    {
        var path = Environment.GetEnvironmentVariable("PATH") ?? string.Empty;
        return path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(folder => Path.Combine(folder, "chromium"))
            .Where(File.Exists)
            .Select(file => new HeadlessChromium(file))
            .FirstOrDefault();
    }

    public BrowserRun DumpDom(string page) => Run(["--dump-dom", new Uri(page).AbsoluteUri]);

    public BrowserRun Screenshot(string page, string png, int width, int height) =>
        Run([$"--screenshot={png}", $"--window-size={width},{height}", "--hide-scrollbars", new Uri(page).AbsoluteUri]);

    private BrowserRun Run(IReadOnlyList<string> arguments)
    {
        var profile = Directory.CreateTempSubdirectory("fincomp-chromium-");
        try
        {
            var start = new ProcessStartInfo(_executable)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (var argument in new[]
            {
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--enable-logging=stderr", "--v=0",
                $"--user-data-dir={profile.FullName}",
            }.Concat(arguments))
            {
                start.ArgumentList.Add(argument);
            }

            using var process = Process.Start(start) ?? throw new InvalidOperationException("chromium did not start.");
            var output = process.StandardOutput.ReadToEndAsync();
            var log = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(Limit))
            {
                process.Kill(entireProcessTree: true);
                throw new InvalidOperationException($"chromium did not finish within {Limit.TotalSeconds} s.");
            }

            return new BrowserRun(process.ExitCode, output.Result, log.Result);
        }
        finally
        {
            profile.Delete(recursive: true);
        }
    }
}
