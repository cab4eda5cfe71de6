namespace Fincomp.Cli.Output;

/// <summary>Picks the formatter for a format; on GitHub Actions the human form becomes workflow annotations.</summary>
internal static class ReportFormatters
{
    public static IReportFormatter For(ReportFormat format, bool onGitHubActions, bool verbose = false) => format switch
    {
        ReportFormat.Json => new JsonFormatter(),
        ReportFormat.Sarif => new SarifFormatter(),
        ReportFormat.GitHub => new GitHubFormatter(),
        ReportFormat.JUnit => new JUnitFormatter(),
        _ when onGitHubActions => new GitHubFormatter(),
        _ => new HumanFormatter(verbose),
    };
}
