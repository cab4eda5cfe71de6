using System.Diagnostics;
using System.Globalization;
using Fincomp.Tests.Robustness;
using Fincomp.Tests.Support;
using Fincomp.Writers.Pdf;
using Xunit;

namespace Fincomp.Tests.Pdf;

/// <summary>
/// A LibreOffice run that hangs, fails or writes a broken PDF leaves no scratch folder and no process behind, and never
/// replaces a good PDF; what a killed fincomp left is removed by the next run. soffice is a script here, so the tests
/// control what it does (Unix only: the script is a shell script and processes are read from /proc).
/// </summary>
public sealed class LibreOfficeCleanUpTests : IDisposable
{
    private readonly TemporaryFolder _folder = new("fincomp-cleanup-test-");

    public void Dispose() => _folder.Dispose();

    private string Scratch => Directory.CreateDirectory(Path.Combine(_folder.Path, "scratch")).FullName;

    [Fact]
    public void A_hung_LibreOffice_is_killed_with_its_children_and_its_folder_removed()
    {
        var soffice = FakeSoffice.Write(_folder.Path, "tail -f \"$profile/owner\"");
        var scratch = Scratch;
        var converter = new LibreOfficePdfConverter(soffice, new SofficeLimits(TimeSpan.FromMinutes(10), TimeSpan.FromSeconds(2)), scratch);

        var error = Assert.Throws<PdfConversionException>(() => converter.Run([1, 2, 3], exportPdf: true, "标题", []));

        Assert.Contains("已运行 2 秒仍未完成，已终止", error.Message, StringComparison.Ordinal);
        Assert.True(FakeSoffice.Eventually(() => FakeSoffice.ProcessesNaming(scratch).Count == 0), "soffice or its child still runs");
        Assert.Empty(Directory.GetDirectories(scratch, "fincomp-pdf-*"));
    }

    [Theory]
    [InlineData("", "空文件")]
    [InlineData("%PDF-1.6\n1 0 obj\n<</Type/Catalog", "不完整")]
    [InlineData("<html>", "不是 PDF")]
    public void A_broken_PDF_is_refused_and_its_folder_removed(string written, string expected)
    {
        var soffice = FakeSoffice.Write(_folder.Path, $"printf '%s' '{written}' > \"$pdf\"; : > \"$contents\"");
        var scratch = Scratch;
        var converter = new LibreOfficePdfConverter(soffice, SofficeLimits.Default, scratch);

        var error = Assert.Throws<PdfConversionException>(() => converter.Run([1, 2, 3], exportPdf: true, "标题", []));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.Empty(Directory.GetDirectories(scratch, "fincomp-pdf-*"));
    }

    [Fact]
    public void A_failing_LibreOffice_reports_its_exit_code_and_leaves_nothing()
    {
        var soffice = FakeSoffice.Write(_folder.Path, "echo 'cannot load' >&2; exit 81");
        var scratch = Scratch;
        var converter = new LibreOfficePdfConverter(soffice, SofficeLimits.Default, scratch);

        var error = Assert.Throws<PdfConversionException>(() => converter.Run([1, 2, 3], exportPdf: false, null, []));

        Assert.Contains("退出码 81", error.Message, StringComparison.Ordinal);
        Assert.Contains("cannot load", error.Message, StringComparison.Ordinal);
        Assert.Empty(Directory.GetDirectories(scratch, "fincomp-pdf-*"));
    }

    [Fact]
    public void What_a_killed_fincomp_left_is_removed_with_the_soffice_still_working_in_it()
    {
        var scratch = Scratch;
        var stale = Directory.CreateDirectory(Path.Combine(scratch, "fincomp-pdf-stale")).FullName;
        File.WriteAllText(Path.Combine(stale, "owner"), DeadOwner());
        using var orphan = Process.Start(new ProcessStartInfo("tail", ["-f", Path.Combine(stale, "owner")]))!;
        var live = Directory.CreateDirectory(Path.Combine(scratch, "fincomp-pdf-live")).FullName;
        using (var self = Process.GetCurrentProcess())
        {
            File.WriteAllText(Path.Combine(live, "owner"), self.Id.ToString(CultureInfo.InvariantCulture) + " " + self.StartTime.ToUniversalTime().Ticks.ToString(CultureInfo.InvariantCulture));
        }

        var removed = ScratchFolders.SweepStale(scratch);

        Assert.Equal(1, removed);
        Assert.False(Directory.Exists(stale));
        Assert.True(Directory.Exists(live), "a folder whose owner still runs is kept");
        Assert.True(orphan.WaitForExit(30000), "the orphan soffice was not ended");
    }

    [Theory]
    [InlineData(300, true)]
    [InlineData(-300, true)]
    [InlineData(5000, false)]
    public void An_owner_whose_start_time_another_process_reads_a_little_off_is_alive(int offsetMilliseconds, bool kept)
    {
        var scratch = Scratch;
        var folder = Directory.CreateDirectory(Path.Combine(scratch, "fincomp-pdf-other")).FullName;
        using (var self = Process.GetCurrentProcess())
        {
            var started = self.StartTime.ToUniversalTime().Ticks + TimeSpan.FromMilliseconds(offsetMilliseconds).Ticks;
            File.WriteAllText(Path.Combine(folder, "owner"), self.Id.ToString(CultureInfo.InvariantCulture) + " " + started.ToString(CultureInfo.InvariantCulture));
        }

        ScratchFolders.SweepStale(scratch);

        Assert.Equal(kept, Directory.Exists(folder));
    }

    [Fact]
    public void A_broken_PDF_never_replaces_the_good_one_and_the_build_says_why()
    {
        var soffice = FakeSoffice.Write(_folder.Path, "printf '%%PDF-1.6 truncated' > \"$pdf\"; : > \"$contents\"");
        var output = Path.Combine(_folder.Path, "out");
        Directory.CreateDirectory(output);
        var previous = Path.Combine(output, "dangqun-2023.pdf");
        File.WriteAllText(previous, "the good PDF");

        var (exitCode, printed) = CliProcess.Run(
            ["build", TestPaths.Sample("dangqun-2023.yaml"), "--force", "-f", "pdf", "-o", output],
            new Dictionary<string, string> { [SofficeLocator.Variable] = soffice, ["TMPDIR"] = Scratch });

        Assert.NotEqual(0, exitCode);
        Assert.Contains("FC0910", printed, StringComparison.Ordinal);
        Assert.Contains("不完整", printed, StringComparison.Ordinal);
        Assert.Equal("the good PDF", File.ReadAllText(previous));
        Assert.Empty(Directory.GetDirectories(Scratch, "fincomp-pdf-*"));
    }

    /// <summary>The owner line of a process that has ended.</summary>
    /// <remarks>The process waits until its start time has been read and is then killed: a process that ends by
    /// itself may be gone before its start time can be read.</remarks>
    private static string DeadOwner()
    {
        using var ended = Process.Start(new ProcessStartInfo("sleep", ["60"]))!;
        var line = ended.Id.ToString(CultureInfo.InvariantCulture) + " " + ended.StartTime.ToUniversalTime().Ticks.ToString(CultureInfo.InvariantCulture);
        ended.Kill();
        ended.WaitForExit();
        return line;
    }
}
