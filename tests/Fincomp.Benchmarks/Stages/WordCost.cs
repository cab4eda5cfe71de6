using System.Globalization;
using Fincomp.Compilation;
using Fincomp.Derivation;
using Fincomp.Input;
using Fincomp.Writers.Docx;

namespace Fincomp.Benchmarks.Stages;

/// <summary>
/// The Word writer alone, as each further unit of a batch pays it: the unit is compiled once (charts drawn), then its
/// tree is written to a .docx in memory <c>repetitions</c> times after three warm-up writes. Prints the processor time
/// of the whole process per write (median, min, max; every thread, so the garbage collector's share counts) and the
/// bytes allocated per write, which do not depend on the machine's load: the figures to compare two builds by on a
/// shared machine, alternating their runs.
/// </summary>
internal static class WordCost
{
    private const int WarmUps = 3;

    public static void Run(string path, int repetitions, TextWriter output)
    {
        var unit = new UnitLoader().Load(path).Unit!;
        var document = ReportCompiler.Compile(ReportFigures.Of(unit), new CompileOptions(), drawCharts: true, audit: false).Document!;
        var writer = new DocxWriter(new DocxOptions());
        long size = 0;
        for (var i = 0; i < WarmUps; i++)
        {
            size = Write(writer, document);
        }

        var cpus = new double[repetitions];
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        for (var i = 0; i < repetitions; i++)
        {
            var start = ProcessorClock.Now();
            Write(writer, document);
            cpus[i] = (ProcessorClock.Now() - start).TotalMilliseconds;
        }

        var perWrite = (GC.GetTotalAllocatedBytes(precise: true) - allocated) / 1024.0 / repetitions;
        Array.Sort(cpus);
        output.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"write Word, {Path.GetFileName(path)}: cpu ms median {cpus[repetitions / 2]:F1} (min {cpus[0]:F1}, max {cpus[^1]:F1}) over {repetitions}; allocated {perWrite:F0} KB per write; {size / 1024} KB .docx"));
    }

    private static long Write(DocxWriter writer, Document.ReportDocument document)
    {
        using var stream = new MemoryStream();
        writer.Write(document, stream);
        return stream.Length;
    }
}
