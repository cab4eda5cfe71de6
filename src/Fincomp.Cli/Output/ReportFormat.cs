namespace Fincomp.Cli.Output;

/// <summary>The output forms of <c>fincomp check --format</c>.</summary>
internal enum ReportFormat
{
    Human,
    Json,
    Sarif,
    GitHub,
    JUnit,
}
