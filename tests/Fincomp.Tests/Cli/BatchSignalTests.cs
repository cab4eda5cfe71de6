using System.Diagnostics;
using Fincomp.Cli.Relaunch;
using Fincomp.Tests.Pdf;
using Fincomp.Tests.Robustness;
using Fincomp.Tests.Support;
using Fincomp.Writers.Pdf;
using Xunit;

namespace Fincomp.Tests.Cli;

/// <summary>
/// A build stopped by a signal (Ctrl+C, <c>timeout</c>, CI cancellation) leaves no fincomp and no LibreOffice running
/// and none of its scratch folders behind, whether it runs directly or in a relaunched child: the parent of a relaunch
/// passes the signal on, waits, and exits with the child's code. soffice is a script that hangs until killed, so every
/// run is certainly mid-conversion when the signal comes; nothing here depends on how fast the machine is, only the
/// waits are bounded (generously) so that a defect fails the test instead of hanging it. Unix only (signals, /proc).
/// </summary>
public sealed class BatchSignalTests : IDisposable
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(180);

    private readonly TemporaryFolder _folder = new("fincomp-signal-");

    public void Dispose() => _folder.Dispose();

    [Theory]
    [InlineData("TERM", 143)]
    [InlineData("INT", 130)]
    public void A_signal_to_the_parent_of_a_relaunched_batch_stops_the_child_and_LibreOffice_and_removes_their_folders(string signal, int exitCode)
    {
        var inputs = Units(BatchRelauncher.MinimumUnits);

        var (code, printed) = StopMidConversion(inputs, signal);

        Assert.True(code == exitCode, $"exit code {code}\n{printed}");
        Assert.True(FakeSoffice.Eventually(() => FakeSoffice.ProcessesNaming(inputs).Count == 0), "the relaunched child still runs");
        AssertNothingLeft();
    }

    [Fact]
    public void Ctrl_C_to_a_direct_run_removes_its_scratch_folders_and_ends_LibreOffice()
    {
        var inputs = Units(1);

        var (code, printed) = StopMidConversion(inputs, "INT");

        // The process ends by the signal itself, as a program stopped with Ctrl+C should (the shell shows 130).
        Assert.True(code == 130, $"exit code {code}\n{printed}");
        AssertNothingLeft();
    }

    private string Scratch => Directory.CreateDirectory(Path.Combine(_folder.Path, "scratch")).FullName;

    /// <summary>A folder of <paramref name="count"/> copies of the sample unit.</summary>
    private string Units(int count)
    {
        var inputs = Directory.CreateDirectory(Path.Combine(_folder.Path, "units")).FullName;
        for (var i = 1; i <= count; i++)
        {
            File.Copy(TestPaths.Sample("dangqun-2023.yaml"), Path.Combine(inputs, $"unit-{i:D2}.yaml"));
        }

        return inputs;
    }

    /// <summary>
    /// Builds PDFs of <paramref name="inputs"/> with a soffice that hangs, sends <paramref name="signal"/> to the
    /// fincomp process once a soffice runs, and returns fincomp's exit code and what it printed.
    /// </summary>
    private (int ExitCode, string Printed) StopMidConversion(string inputs, string signal)
    {
        var soffice = FakeSoffice.Write(_folder.Path, "tail -f \"$profile/owner\"");
        var scratch = Scratch;
        var environment = new Dictionary<string, string> { [SofficeLocator.Variable] = soffice, ["TMPDIR"] = scratch };
        using var process = CliProcess.Start(["build", inputs, "--force", "-f", "pdf", "-o", Path.Combine(_folder.Path, "out"), "--jobs", "2"], environment);
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        try
        {
            Assert.True(FakeSoffice.Eventually(() => FakeSoffice.ProcessesNaming(scratch).Count > 0, Bound), "no soffice was started");
            using (var kill = Process.Start(new ProcessStartInfo("kill", ["-s", signal, process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))!)
            {
                kill.WaitForExit();
            }

            Assert.True(process.WaitForExit(Bound), "fincomp did not end after the signal");
            process.WaitForExit();
            return (process.ExitCode, output.Result + error.Result);
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }
        }
    }

    private void AssertNothingLeft()
    {
        Assert.True(FakeSoffice.Eventually(() => FakeSoffice.ProcessesNaming(Scratch).Count == 0), "soffice still runs");
        foreach (var prefix in ScratchFolders.Prefixes)
        {
            Assert.Empty(Directory.GetDirectories(Scratch, prefix + "*"));
        }
    }
}
