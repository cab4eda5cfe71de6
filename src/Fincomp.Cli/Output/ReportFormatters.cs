using Fincomp.Checks;

namespace Fincomp.Cli.Output;

/// <summary>Picks the formatter for a format; on GitHub Actions the human form becomes workflow annotations.</summary>
internal static class ReportFormatters
{
    public static IReportFormatter For(ReportFormat format, bool onGitHubActions) => format switch
    {
        ReportFormat.Json => new JsonFormatter(),
        ReportFormat.Sarif => new SarifFormatter(RuleSet.Default),
        ReportFormat.GitHub => new GitHubFormatter(),
        _ when onGitHubActions => new GitHubFormatter(),
        _ => new HumanFormatter(),
    };
}
