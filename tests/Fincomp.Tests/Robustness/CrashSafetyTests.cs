using System.Diagnostics;
using DocumentFormat.OpenXml.Packaging;
using Fincomp.Tests.Support;
using Xunit;

namespace Fincomp.Tests.Robustness;

/// <summary>
/// Kills a whole-process batch build at many moments: afterwards every report present is a complete Word document
/// (a previous good one is kept or replaced whole, never half-written), and a re-run completes the batch.
/// </summary>
public sealed class CrashSafetyTests : IDisposable
{
    private static readonly string[] Units = ["甲单位.yaml", "b unit.yaml", "c.yaml"];

    private readonly TemporaryFolder _folder = new("fincomp-kill-");

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Killing_a_batch_at_any_moment_leaves_only_complete_reports_and_a_rerun_finishes()
    {
        var inputs = Directory.CreateDirectory(Path.Combine(_folder.Path, "units")).FullName;
        foreach (var unit in Units)
        {
            File.WriteAllText(Path.Combine(inputs, unit), Checks.TestUnits.Renamed(File.ReadAllText(TestPaths.Sample("dangqun-2023.yaml")), $"（{unit}）"));
        }

        var kept = Path.Combine(_folder.Path, "kept");
        var first = CliProcess.Run(Build(inputs, kept));
        Assert.True(AllValid(kept) == Units.Length, first.Output);

        for (var i = 0; i < 12; i++)
        {
            var delay = TimeSpan.FromMilliseconds(i * 250);
            var fresh = Path.Combine(_folder.Path, "fresh" + i);
            KillAfter(Build(inputs, i % 2 == 0 ? kept : fresh), delay);

            Assert.Equal(Units.Length, AllValid(kept));
            AllValid(fresh);
        }

        var rerun = CliProcess.Run(Build(inputs, Path.Combine(_folder.Path, "fresh1")));
        Assert.True(AllValid(Path.Combine(_folder.Path, "fresh1")) == Units.Length, rerun.Output);
    }

    private static string[] Build(string inputs, string output) => ["build", inputs, "-o", output, "--force", "--jobs", "2"];

    private static void KillAfter(string[] arguments, TimeSpan delay)
    {
        using var process = CliProcess.Start(arguments);
        _ = process.StandardOutput.ReadToEndAsync();
        _ = process.StandardError.ReadToEndAsync();
        Thread.Sleep(delay);
        try
        {
            process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // It finished before the kill; the outputs must then be complete.
        }

        process.WaitForExit();
    }

    /// <summary>Opens every .docx in <paramref name="folder"/> and asserts it has a body; returns how many there are.</summary>
    private static int AllValid(string folder)
    {
        if (!Directory.Exists(folder))
        {
            return 0;
        }

        var reports = Directory.GetFiles(folder, "*.docx");
        foreach (var report in reports)
        {
            using var document = WordprocessingDocument.Open(report, isEditable: false);
            Assert.True(document.MainDocumentPart?.Document?.Body?.HasChildren == true, $"{Path.GetFileName(report)} has no body.");
        }

        return reports.Length;
    }
}
