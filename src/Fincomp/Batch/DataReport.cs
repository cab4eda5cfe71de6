using Fincomp.Compilation;
using Fincomp.Diagnostics;
using Fincomp.Document;

namespace Fincomp.Batch;

/// <summary>
/// The report a unit file builds, for <c>fincomp check report.docx --against unit.yaml</c>: compiled as
/// <c>fincomp build</c> would (the templates its fincomp.yaml names; no charts, whose pictures carry no text to
/// compare), even when the data has errors, since an edited report is compared with what its data prints.
/// </summary>
public static class DataReport
{
    /// <summary>The built document, or null with the problems that kept it from being built.</summary>
    public static (ReportDocument? Document, IReadOnlyList<Diagnostic> Problems) Build(PreparedUnit prepared)
    {
        ArgumentNullException.ThrowIfNull(prepared);
        if (prepared.Figures is not { } figures)
        {
            return (null, prepared.Diagnostics);
        }

        var options = new CompileOptions
        {
            TemplateDirectory = ManifestLoader.Resolve(prepared.ManifestFolder, prepared.Manifest?.Templates),
        };
        var compiled = ReportCompiler.Compile(figures, options, drawCharts: false);
        return compiled.Document is { } document ? (document, []) : (null, [.. prepared.Diagnostics, .. compiled.Diagnostics]);
    }
}
