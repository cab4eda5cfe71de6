using BenchmarkDotNet.Attributes;
using Fincomp.Charts;
using Fincomp.Checks;
using Fincomp.Compilation;
using Fincomp.Derivation;
using Fincomp.Diagnostics;
using Fincomp.Input;
using Fincomp.Narrative;
using Fincomp.Writers.Docx;

namespace Fincomp.Benchmarks.Stages;

/// <summary>
/// One benchmark per stage of <c>fincomp build</c> on the sample, plus the whole in-process compile, so a regression
/// shows up in the stage that caused it. Steady-state figures: what each further unit of a batch costs.
/// </summary>
[MemoryDiagnoser]
public class StageBenchmarks
{
    private StageInputs _inputs = null!;
    private ChartRenderer _charts = null!;
    private string _outputBase = null!;

    [GlobalSetup]
    public void Setup()
    {
        _inputs = StageInputs.Load(RepositoryPaths.Sample);
        _charts = new ChartRenderer(new ChartRenderOptions());
        _outputBase = Path.Combine(Path.GetTempPath(), $"fincomp-bench-{Environment.ProcessId}");
    }

    [GlobalCleanup]
    public void Cleanup() => File.Delete(_outputBase + ".docx");

    [Benchmark(Description = "load (YAML → model)")]
    public object? Load() => new UnitLoader().Load(RepositoryPaths.Sample).Unit;

    [Benchmark(Description = "check (all rules)")]
    public int Check() => UnitChecker.Check(_inputs.Unit).Count;

    [Benchmark(Description = "derive (figures, tree, wording)")]
    public object Derive() => ReportFigures.Of(_inputs.Unit);

    [Benchmark(Description = "render text (templates → Markdown)")]
    public int? RenderText() => new NarrativeRenderer().Render(_inputs.Figures, new DiagnosticBag())?.Length;

    [Benchmark(Description = "charts (seven PNGs)")]
    public int Charts()
    {
        var bytes = 0;
        foreach (var spec in _inputs.Charts)
        {
            bytes += _charts.Render(spec).Png.Length;
        }

        return bytes;
    }

    [Benchmark(Description = "self-audit (tree → findings)")]
    public int SelfAudit() => Fincomp.Audit.SelfAudit.Check(_inputs.Document).Count;

    [Benchmark(Description = "write Word (tree → .docx)")]
    public long WriteWord()
    {
        using var stream = new MemoryStream();
        new DocxWriter(new DocxOptions()).Write(_inputs.Document, stream);
        return stream.Length;
    }

    [Benchmark(Description = "whole compile (load, check, build to disk)")]
    public bool WholeCompile()
    {
        var unit = new UnitLoader().Load(RepositoryPaths.Sample).Unit!;
        _ = UnitChecker.Check(unit);
        return ReportBuilder.Build(unit, new CompileOptions(), _outputBase, [OutputFormat.Docx]).Succeeded;
    }
}
