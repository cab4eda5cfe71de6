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
        var first = stages.Select(stage => Time(stage.Body)).ToArray();
        var firstTotal = process.Elapsed.TotalMilliseconds;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{"stage",-40} {"first call ms",13} {"median ms",10} {"min ms",8} {"max ms",8}"));
        for (var i = 0; i < stages.Length; i++)
        {
            if (double.IsNaN(first[i]))
            {
                output.WriteLine($"{stages[i].Name,-40} failed");
                continue;
            }

            var later = Enumerable.Range(0, repetitions).Select(_ => Time(stages[i].Body)).Order().ToArray();
            output.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"{stages[i].Name,-40} {first[i],13:F1} {later[later.Length / 2],10:F1} {later[0],8:F1} {later[^1],8:F1}"));
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"first pass through all stages: {firstTotal:F0} ms; {repetitions} repetitions per stage."));
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

    /// <summary>Milliseconds taken, or NaN when the stage threw: one broken stage must not hide the others' figures.</summary>
    private static double Time(Action body)
    {
        var clock = Stopwatch.StartNew();
        try
        {
            body();
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            Console.Error.WriteLine($"stage failed: {e.GetType().Name}: {e.Message}");
            return double.NaN;
        }

        return clock.Elapsed.TotalMilliseconds;
    }
}
