using System.Globalization;
using Fincomp.Audit;
using Fincomp.Audit.Reading;
using Fincomp.Audit.Rules;
using Fincomp.Document;

namespace Fincomp.Audit.Profiling;

/// <summary>
/// Where the processor time of <c>fincomp check report.docx</c> goes: the package read into body elements, the tree
/// built from them, the view and the paragraphs' amounts, then each rule on its own, each stage repeated and its
/// median taken in processor time of the whole process, after warm-up rounds that pay the JIT.
/// </summary>
internal static class AuditProfiler
{
    public static void Run(string path, int repetitions, TextWriter output)
    {
        var bytes = File.ReadAllBytes(path);
        ReportDocument document = null!;
        DocumentView view = null!;
        ParagraphAmounts amounts = null!;
        var stages = new (string Name, Action Body)[]
        {
            ("read package (body elements)", () => _ = DocxBodyReader.Read(new MemoryStream(bytes)).Count),
            ("read into tree", () => document = DocxReportReader.Read(new MemoryStream(bytes))),
            ("hand-typed figures", () => _ = HandTypedFigures.Normalise(document)),
            ("view (table grids)", () => view = new DocumentView(HandTypedFigures.Normalise(document))),
            ("paragraph amounts", () => amounts = new ParagraphAmounts(view)),
            ("TableSumRule", () => _ = TableSumRule.Check(view).Count()),
            ("FormTotalRule", () => _ = FormTotalRule.Check(view).Count()),
            ("QuantityRule", () => _ = QuantityRule.Check(view, amounts, new HashSet<TextAmount>()).Count()),
            ("ShareRule", () => _ = ShareRule.Check(amounts, new HashSet<TextAmount>()).Count()),
            ("ChangeRule", () => _ = ChangeRule.Check(amounts).Count()),
            ("CountRule", () => _ = CountRule.Check(view).Count()),
            ("ComparisonRule", () => _ = ComparisonRule.Check(view, amounts).Count()),
            ("PlaceholderRule", () => _ = PlaceholderRule.Check(view, UnitWording.None).Count()),
            ("ZeroBudgetCompletionRule", () => _ = ZeroBudgetCompletionRule.Check(view, amounts).Count()),
            ("CompletionRule", () => _ = CompletionRule.Check(view, amounts, new HashSet<TextAmount>()).Count()),
            ("YearRule", () => _ = YearRule.Check(view).Count()),
            ("StandardTablesRule", () => _ = StandardTablesRule.Check(view).Count()),
            ("SubjectNameRule", () => _ = SubjectNameRule.Check(view).Count()),
            ("FullMarksRule", () => _ = FullMarksRule.Check(view).Count()),
            ("DetailSumRule", () => _ = DetailSumRule.Check(amounts, new HashSet<TextAmount>()).Count()),
            ("UnitNameRule", () => _ = UnitNameRule.Check(view).Count()),
            ("whole check (DocumentCheck)", () => _ = DocumentCheck.Check(path).Count),
        };

        for (var i = 0; i < 3; i++)
        {
            foreach (var stage in stages)
            {
                stage.Body();
            }
        }

        var medians = new double[stages.Length];
        var samples = stages.Select(_ => new List<double>()).ToArray();
        for (var r = 0; r < repetitions; r++)
        {
            for (var s = 0; s < stages.Length; s++)
            {
                var started = Fincomp.Benchmarks.Stages.ProcessorClock.Now();
                stages[s].Body();
                samples[s].Add((Fincomp.Benchmarks.Stages.ProcessorClock.Now() - started).TotalMilliseconds);
            }
        }

        for (var s = 0; s < stages.Length; s++)
        {
            var sorted = samples[s].Order().ToArray();
            medians[s] = sorted[sorted.Length / 2];
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{stages[s].Name,-32} {medians[s],8:F2} ms"));
        }

        // The medians leave out the garbage collector's work, which the process pays all the same: the whole check
        // once more, timed as a total over every repetition.
        var collections = GC.CollectionCount(0);
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        var total = Fincomp.Benchmarks.Stages.ProcessorClock.Now();
        for (var r = 0; r < repetitions; r++)
        {
            _ = DocumentCheck.Check(path);
        }

        var spent = Fincomp.Benchmarks.Stages.ProcessorClock.Now() - total;
        output.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"whole check, total over {repetitions}: {spent.TotalMilliseconds / repetitions:F2} ms each ({repetitions / spent.TotalSeconds:F1} per processor-second), {(GC.GetTotalAllocatedBytes(precise: true) - allocated) / 1024.0 / repetitions:F0} KB allocated each, {GC.CollectionCount(0) - collections} gen-0 collections"));
    }
}
