namespace Fincomp.Tests.Html;

/// <summary>What one headless browser run printed: the DOM (for --dump-dom) and the log.</summary>
internal sealed record BrowserRun(int ExitCode, string Output, string Log)
{
    /// <summary>
    /// Console messages and uncaught errors the page caused. The log also carries the browser's own complaints
    /// (no D-Bus, no GPU) on every run; only lines about the page's console count.
    /// </summary>
    public IReadOnlyList<string> ConsoleProblems => Log
        .Split('\n')
        .Where(line => line.Contains(":CONSOLE", StringComparison.Ordinal) || line.Contains("Uncaught", StringComparison.Ordinal))
        .ToList();
}
