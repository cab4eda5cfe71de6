using Fincomp.Charts;
using Fincomp.Compilation;
using Fincomp.Derivation;
using Fincomp.Diagnostics;
using Fincomp.Document;
using Fincomp.Input;
using Fincomp.Model;
using Fincomp.Narrative;

namespace Fincomp.Benchmarks.Stages;

/// <summary>
/// The intermediate results of one compile of the sample, made once, so each stage benchmark measures its own stage
/// on the same input the real pipeline would hand it and nothing before it.
/// </summary>
internal sealed class StageInputs
{
    private StageInputs(UnitYear unit, ReportFigures figures, IReadOnlyList<ChartSpec> charts, ReportDocument document)
    {
        Unit = unit;
        Figures = figures;
        Charts = charts;
        Document = document;
    }

    public UnitYear Unit { get; }

    public ReportFigures Figures { get; }

    public IReadOnlyList<ChartSpec> Charts { get; }

    public ReportDocument Document { get; }

    public static StageInputs Load(string path)
    {
        var loaded = new UnitLoader().Load(path);
        var unit = loaded.Unit ?? throw new InvalidOperationException($"{path} does not load: {string.Join("; ", loaded.Diagnostics)}");
        // Without the self-audit: the audit is timed as a stage of its own, on this document.
        var compiled = ReportCompiler.Compile(ReportFigures.Of(unit), new CompileOptions(), drawCharts: true, audit: false);
        var document = compiled.Document
            ?? throw new InvalidOperationException($"{path} does not compile: {string.Join("; ", compiled.Diagnostics.Where(d => d.Severity == Severity.Error))}");
        return new StageInputs(unit, ReportFigures.Of(unit), ChartCatalog.For(unit), document);
    }
}
