using System.Diagnostics;
using System.Globalization;
using Fincomp.Audit;
using Fincomp.Checks;
using Fincomp.Compilation;
using Fincomp.Derivation;
using Fincomp.Input;
using Fincomp.Writers.Docx;

namespace Fincomp.Benchmarks.Stages;

/// <summary>
/// What the self-audit adds to a build, as a share of the build's processor time: a build of one unit (load, check,
/// compile with charts, write Word to memory) and the audit of its document, alternated many times in one process.
/// Processor time rather than wall time, so a machine busy with other work still gives a fair ratio; the build's
/// second (chart) thread counts too, since it is work the build does.
/// </summary>
internal static class AuditCost
{
    public static void Run(string path, int repetitions, TextWriter output)
    {
        var build = TimeSpan.Zero;
        var audit = TimeSpan.Zero;
        var findings = 0;
        for (var i = -3; i < repetitions; i++)
        {
            var started = Cpu();
            var unit = new UnitLoader().Load(path).Unit!;
            _ = UnitChecker.Check(unit);
            var document = ReportCompiler.Compile(ReportFigures.Of(unit), new CompileOptions(), drawCharts: true, audit: false).Document!;
            using (var stream = new MemoryStream())
            {
                new DocxWriter(new DocxOptions()).Write(document, stream);
            }

            var built = Cpu();
            findings = SelfAudit.Check(document).Count;
            var audited = Cpu();
            if (i >= 0)
            {
                // The first rounds warm the JIT and are left out.
                build += built - started;
                audit += audited - built;
            }
        }

        output.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"{Path.GetFileName(path)}: build {build.TotalMilliseconds / repetitions:F1} ms, self-audit {audit.TotalMilliseconds / repetitions:F2} ms of processor time per unit; the audit is {audit / (build + audit) * 100:F1} % of a build with it ({findings} findings)."));
    }

    /// <summary>
    /// How many Word reports per second <c>fincomp check report.docx</c> reads and audits, in one process: the
    /// processor time of the first read (a fresh process pays the JIT for every method the audit reaches), then
    /// <paramref name="repetitions"/> reads in batches of 25 with each batch's rate. The early batches still pay the
    /// runtime's re-compilation of the hot methods (tiered compilation, on a thread of its own that counts as the
    /// process's processor time); the steady rate is the median of the later half of the batches.
    /// </summary>
    public static void Documents(string path, int repetitions, TextWriter output)
    {
        var unit = new UnitLoader().Load(path).Unit!;
        var document = ReportCompiler.Compile(Derivation.ReportFigures.Of(unit), new CompileOptions(), drawCharts: true, audit: false).Document!;
        var file = Path.Combine(Path.GetTempPath(), $"fincomp-audit-{Environment.ProcessId}.docx");
        using (var stream = File.Create(file))
        {
            new DocxWriter(new DocxOptions()).Write(document, stream);
        }

        var first = Cpu();
        _ = DocumentCheck.Check(file);
        var firstCpu = Cpu() - first;

        const int Batch = 25;
        var rates = new List<double>();
        var wall = Stopwatch.StartNew();
        var started = Cpu();
        for (var done = 0; done < repetitions; done += Batch)
        {
            var batchStarted = Cpu();
            for (var i = 0; i < Batch; i++)
            {
                _ = DocumentCheck.Check(file);
            }

            rates.Add(Batch / (Cpu() - batchStarted).TotalSeconds);
        }

        var cpu = Cpu() - started;
        var count = rates.Count * Batch;
        File.Delete(file);
        var later = rates.Skip(rates.Count / 2).Order().ToArray();
        output.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"{Path.GetFileName(path)} as .docx: first read {firstCpu.TotalMilliseconds:F0} ms of processor time; {count} more: {count / cpu.TotalSeconds:F1} documents per processor-second over all ({count / wall.Elapsed.TotalSeconds:F1} per wall second), steady {later[later.Length / 2]:F1} per processor-second; by batches of {Batch}: {string.Join(" ", rates.Select(r => r.ToString("F1", CultureInfo.InvariantCulture)))}."));
    }

    private static TimeSpan Cpu() => ProcessorClock.Now();
}
