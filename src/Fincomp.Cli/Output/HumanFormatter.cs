namespace Fincomp.Cli.Output;

/// <summary>
/// <c>file(line,col): error FC1203: message</c>, the form editors and CI problem matchers parse; findings grouped per
/// file with a blank line between files, then the summary line.
/// </summary>
internal sealed class HumanFormatter : IReportFormatter
{
    public void Write(CheckReport report, TextWriter output)
    {
        foreach (var file in report.Files.Where(f => f.Diagnostics.Count > 0))
        {
            foreach (var diagnostic in file.Diagnostics)
            {
                output.WriteLine(diagnostic.ToString());
            }

            output.WriteLine();
        }

        output.WriteLine(report.Summary);
    }
}
