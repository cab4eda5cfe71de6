namespace Fincomp.Cli.Output;

/// <summary>
/// <c>file(line,col): error FC1203: message</c>, the form editors and CI problem matchers parse (a workbook or document
/// finding reads <c>file(公开05表!E12): …</c>); findings grouped per file with a blank line between files, then the
/// summary line, and for more than one file the files line. Verbose output adds each finding's reasoning below it.
/// </summary>
internal sealed class HumanFormatter(bool verbose) : IReportFormatter
{
    public void Write(CheckReport report, TextWriter output)
    {
        foreach (var file in report.Files.Where(f => f.Diagnostics.Count > 0))
        {
            foreach (var diagnostic in file.Diagnostics)
            {
                output.WriteLine(diagnostic.ToString());
                if (verbose && diagnostic.Detail is { } detail)
                {
                    output.WriteLine($"    依据：{detail}");
                }
            }

            output.WriteLine();
        }

        output.WriteLine(report.Summary);
        if (report.Files.Count > 1)
        {
            output.WriteLine(report.FilesLine);
        }
    }
}
