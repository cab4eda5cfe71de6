using Fincomp.Tests.Support;
using Fincomp.Writers.Pdf;
using Xunit;

namespace Fincomp.Tests.Pdf;

/// <summary>
/// A LibreOffice run is limited by the processor time of its process tree, not by the clock, so a slow machine does
/// not fail a good conversion; and it leaves nothing in the temporary directory. soffice is a script here (Unix only).
/// None of these tests depends on how fast the machine is: each waits for the outcome, however long it takes.
/// </summary>
public sealed class SofficeRunTests : IDisposable
{
    private readonly TemporaryFolder _folder = new("fincomp-soffice-run-test-");

    public void Dispose() => _folder.Dispose();

    private string Scratch => Directory.CreateDirectory(Path.Combine(_folder.Path, "scratch")).FullName;

    [Fact]
    public void A_run_that_waits_longer_than_its_processor_budget_but_does_little_work_succeeds()
    {
        // Three seconds of waiting, almost no processor time: a loaded machine looks like this to a wall-clock limit.
        var soffice = FakeSoffice.Write(_folder.Path, "sleep 3; echo '目录' > \"$contents\"");
        var converter = new LibreOfficePdfConverter(soffice, new SofficeLimits(TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(10)), Scratch);

        var output = converter.Run([1, 2, 3], exportPdf: false, null, []);

        Assert.Equal(["目录"], output.Contents);
    }

    [Fact]
    public void A_child_that_works_beyond_the_processor_budget_is_killed_with_its_tree()
    {
        // The work is done by a child, as soffice.bin does under the soffice launcher.
        var soffice = FakeSoffice.Write(_folder.Path, "sh -c 'while :; do :; done' \"$profile\" & wait");
        var scratch = Scratch;
        var converter = new LibreOfficePdfConverter(soffice, new SofficeLimits(TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(10)), scratch);

        var error = Assert.Throws<PdfConversionException>(() => converter.Run([1, 2, 3], exportPdf: false, null, []));

        Assert.Contains("用了 1 秒处理器时间仍未完成，已终止", error.Message, StringComparison.Ordinal);
        Assert.True(FakeSoffice.Eventually(() => FakeSoffice.ProcessesNaming(scratch).Count == 0), "soffice or its child still runs");
        Assert.Empty(Directory.GetDirectories(scratch, "fincomp-pdf-*"));
    }

    [Fact]
    public void LibreOffice_temporary_folders_go_with_the_run()
    {
        // Real soffice makes an empty luNNNN.tmp folder in $TMPDIR on every run and leaves it there.
        var record = Path.Combine(_folder.Path, "made.txt");
        var soffice = FakeSoffice.Write(_folder.Path,
            $"made=\"${{TMPDIR:-/tmp}}/lu$$fake.tmp\"; mkdir -p \"$made\"; printf '%s' \"$made\" > '{record}'; : > \"$contents\"");
        var converter = new LibreOfficePdfConverter(soffice, SofficeLimits.Default, Scratch);

        converter.Run([1, 2, 3], exportPdf: false, null, []);

        var made = File.ReadAllText(record);
        var left = Directory.Exists(made);
        if (left)
        {
            Directory.Delete(made);
        }

        Assert.False(left, $"soffice's temporary folder {made} was left behind");
    }
}
