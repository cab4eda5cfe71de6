namespace Fincomp.Cli.Output;

/// <summary>One way of writing a check report (human, JSON, SARIF, GitHub annotations); the command picks one.</summary>
internal interface IReportFormatter
{
    void Write(CheckReport report, TextWriter output);
}
