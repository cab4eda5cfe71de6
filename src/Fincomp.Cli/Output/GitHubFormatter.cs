using Fincomp.Diagnostics;

namespace Fincomp.Cli.Output;

/// <summary>
/// GitHub Actions workflow commands (<c>::error file=…,line=…,col=…,title=FC1203::message</c>) so findings appear on
/// the changed lines of a pull request (a workbook or document finding names its place in the message, having no line);
/// the summary line follows as plain text.
/// </summary>
internal sealed class GitHubFormatter : IReportFormatter
{
    public void Write(CheckReport report, TextWriter output)
    {
        foreach (var diagnostic in report.All)
        {
            var command = diagnostic.Severity switch
            {
                Severity.Error => "error",
                Severity.Warning => "warning",
                _ => "notice",
            };
            var span = diagnostic.Span;
            output.WriteLine(span.Place is { } place
                ? $"::{command} file={Property(span.File)},title={Property(diagnostic.Code)}::{Data($"{place}：{diagnostic.Message}")}"
                : $"::{command} file={Property(span.File)},line={span.Line},col={span.Column},title={Property(diagnostic.Code)}::{Data(diagnostic.Message)}");
        }

        output.WriteLine(report.Summary);
    }

    private static string Data(string text) => text.Replace("%", "%25").Replace("\r", "%0D").Replace("\n", "%0A");

    private static string Property(string text) => Data(text).Replace(":", "%3A").Replace(",", "%2C");
}
