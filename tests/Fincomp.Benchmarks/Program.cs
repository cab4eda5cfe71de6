using System.Globalization;
using BenchmarkDotNet.Running;
using Fincomp.Benchmarks;
using Fincomp.Benchmarks.Pandoc;
using Fincomp.TestPark;
using Fincomp.Benchmarks.Stages;

// fincomp's benchmarks. Three modes:
//   generate N DIR [SOURCE]   write a park of N consistent units (default source: samples/park)
//   profile [FILE] [REPEAT]   Stopwatch breakdown of one build by stage, first call and steady state
//   chart-cost [FILE] [REPEAT]  processor time of the charts: plot, rasterise, PNG encodings
//   audit-cost [FILE…] [REPEAT]  processor time of the self-audit against a whole build of each unit
//   audit-profile DOCX [REPEAT]  processor time of `fincomp check DOCX`, reading and each audit rule on its own
//   markdown DIR OUT          the report text of every unit in DIR as plain Markdown, for the pandoc comparison
//   workbooks DIR OUT         the nine tables of every unit in DIR as one .xlsx each, for the import benchmark
//   anything else             BenchmarkDotNet (e.g. --filter '*' --job short)
if (args is ["generate", var countText, var directory, ..])
{
    var source = args.Length > 3 ? args[3] : RepositoryPaths.Park;
    var files = ParkGenerator.From(source).Generate(int.Parse(countText, CultureInfo.InvariantCulture), directory);
    Console.WriteLine($"{files.Count} units written to {directory}");
    return 0;
}

if (args is ["markdown", var units, var markdownDirectory])
{
    Console.WriteLine($"{PandocMarkdown.WriteAll(units, markdownDirectory)} Markdown files written to {markdownDirectory}");
    return 0;
}

if (args is ["workbooks", var unitFolder, var workbookDirectory])
{
    Console.WriteLine($"{WorkbookPark.Write(unitFolder, workbookDirectory)} workbooks written to {workbookDirectory}");
    return 0;
}

if (args is ["profile", ..])
{
    var path = args.Length > 1 ? args[1] : RepositoryPaths.Sample;
    var repetitions = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 10;
    StageProfiler.Run(path, repetitions, Console.Out);
    return 0;
}

if (args is ["chart-cost", ..])
{
    var path = args.Length > 1 ? args[1] : RepositoryPaths.Sample;
    var repetitions = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 10;
    ChartCost.Run(path, repetitions, Console.Out);
    return 0;
}

if (args is ["word-cost", ..])
{
    var path = args.Length > 1 ? args[1] : RepositoryPaths.Sample;
    var repetitions = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 30;
    WordCost.Run(path, repetitions, Console.Out);
    return 0;
}

if (args is ["audit-cost", ..])
{
    var repeat = args.Length > 1 && int.TryParse(args[^1], CultureInfo.InvariantCulture, out var n) ? n : 20;
    var audited = args.Skip(1).Where(a => a.EndsWith(".yaml", StringComparison.Ordinal)).DefaultIfEmpty(RepositoryPaths.Sample);
    foreach (var unit in audited)
    {
        AuditCost.Run(unit, repeat, Console.Out);
        AuditCost.Documents(unit, repeat * 5, Console.Out);
    }

    return 0;
}

if (args is ["audit-profile", var document, ..])
{
    var times = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 50;
    Fincomp.Audit.Profiling.AuditProfiler.Run(document, times, Console.Out);
    return 0;
}

BenchmarkSwitcher.FromAssembly(typeof(StageBenchmarks).Assembly).Run(args);
return 0;
