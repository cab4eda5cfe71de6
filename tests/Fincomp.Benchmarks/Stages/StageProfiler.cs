using System.Diagnostics;
using System.Globalization;
using Fincomp.Audit;
using Fincomp.Charts;
using Fincomp.Checks;
using Fincomp.Compilation;
using Fincomp.Derivation;
using Fincomp.Diagnostics;
using Fincomp.Document;
using Fincomp.Input;
using Fincomp.Model;
using Fincomp.Narrative;
using Fincomp.Writers.Docx;

namespace Fincomp.Benchmarks.Stages;

/// <summary>
/// A Stopwatch breakdown of one build, stage by stage in pipeline order: the first call in a fresh process (what a
/// single <c>fincomp build</c> pays: JIT, font loading, template parsing) beside the median of later calls (what each
/// further unit of a batch pays). Each stage takes the previous stage's result, so no stage's time includes another's.
/// </summary>
internal static class StageProfiler
{
    public static void Run(string path, int repetitions, TextWriter output)
    {
        var target = Path.Combine(Path.GetTempPath(), $"fincomp-profile-{Environment.ProcessId}");
        UnitYear unit = null!;
        ReportFigures figures = null!;
        ReportDocument document = null!;
        ChartRenderer charts = null!;
        var stages = new (string Name, Action Body)[]
        {
            ("load (YAML → model)", () => unit = new UnitLoader().Load(path).Unit!),
            ("check (all rules)", () => _ = UnitChecker.Check(unit).Count),
            ("derive (figures, tree, wording)", () => figures = ReportFigures.Of(unit)),
            ("render text (templates → Markdown)", () => _ = new NarrativeRenderer().Render(figures, new DiagnosticBag())),
            ("chart setup (fonts)", () => charts = new ChartRenderer(new ChartRenderOptions())),
            ("charts (seven PNGs)", () => _ = ChartCatalog.For(unit).Sum(spec => charts.Render(spec).Png.Length)),
            ("compile (text+tables+charts → tree)", () => document = ReportCompiler.Compile(ReportFigures.Of(unit), new CompileOptions(), drawCharts: true, audit: false).Document!),
            ("self-audit (tree → findings)", () => _ = SelfAudit.Check(document).Count),
            ("write Word (tree → .docx)", () => WriteWord(document)),
            ("whole (load, check, build to disk)", () => _ = ReportBuilder.Build(Whole(path), new CompileOptions(), target, [OutputFormat.Docx])),
        };

        var process = Stopwatch.StartNew();
        var first = stages.Select(stage => Measure(stage.Body)).ToArray();
        var firstTotal = process.Elapsed.TotalMilliseconds;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{"stage",-40} {"first wall",10} {"first cpu",10} {"wall med",9} {"cpu med",8} {"cpu min",8} {"cpu max",8} {"alloc KB",9}"));
        for (var i = 0; i < stages.Length; i++)
        {
            if (first[i] is not { } once)
            {
                output.WriteLine($"{stages[i].Name,-40} failed");
                continue;
            }

            var later = Enumerable.Range(0, repetitions).Select(_ => Measure(stages[i].Body)!.Value).ToArray();
            var walls = later.Select(m => m.WallMs).Order().ToArray();
            var cpus = later.Select(m => m.CpuMs).Order().ToArray();
            var allocated = later.Select(m => m.AllocatedKb).Order().ToArray();
            output.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"{stages[i].Name,-40} {once.WallMs,10:F1} {once.CpuMs,10:F1} {walls[walls.Length / 2],9:F1} {cpus[cpus.Length / 2],8:F1} {cpus[0],8:F1} {cpus[^1],8:F1} {allocated[allocated.Length / 2],9:F0}"));
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"first pass through all stages: {firstTotal:F0} ms wall; {repetitions} repetitions per stage; cpu = processor time of the whole process (every thread), ms; alloc = bytes allocated by every thread, KB."));
        File.Delete(target + ".docx");
    }

    private static UnitYear Whole(string path)
    {
        var unit = new UnitLoader().Load(path).Unit!;
        _ = UnitChecker.Check(unit);
        return unit;
    }

    private static void WriteWord(ReportDocument document)
    {
        using var stream = new MemoryStream();
        new DocxWriter(new DocxOptions()).Write(document, stream);
    }

    /// <summary>Wall and processor milliseconds and kilobytes allocated, or null when the stage threw: one broken stage must not hide the others' figures.</summary>
    private static StageMeasure? Measure(Action body)
    {
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        var cpu = ProcessorClock.Now();
        var clock = Stopwatch.StartNew();
        try
        {
            body();
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            Console.Error.WriteLine($"stage failed: {e.GetType().Name}: {e.Message}");
            return null;
        }

        return new StageMeasure(
            clock.Elapsed.TotalMilliseconds,
            (ProcessorClock.Now() - cpu).TotalMilliseconds,
            (GC.GetTotalAllocatedBytes(precise: true) - allocated) / 1024.0);
    }

    private readonly record struct StageMeasure(double WallMs, double CpuMs, double AllocatedKb);
}
