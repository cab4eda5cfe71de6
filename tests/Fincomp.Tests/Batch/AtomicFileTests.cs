using Fincomp.Cli;
using Fincomp.IO;
using Fincomp.Tests.Support;
using Xunit;

namespace Fincomp.Tests.Batch;

public sealed class AtomicFileTests : IDisposable
{
    private readonly TemporaryFolder _folder = new("fincomp-atomic-");

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void A_failed_write_keeps_the_previous_file_and_leaves_no_temporary_file()
    {
        var path = Path.Combine(_folder.Path, "报告.docx");
        File.WriteAllText(path, "上一次的好报告");

        Assert.Throws<IOException>(() => AtomicFile.Write(path, stream =>
        {
            stream.Write("一半"u8);
            throw new IOException("磁盘已满");
        }));

        Assert.Equal("上一次的好报告", File.ReadAllText(path));
        Assert.Single(Directory.GetFiles(_folder.Path));
    }

    [Fact]
    public void A_device_or_FIFO_in_the_way_is_never_replaced()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        // Renaming over it would replace the node itself: /dev/full for `init /dev/full --force` run as root.
        var fifo = Path.Combine(_folder.Path, "unit.yaml");
        using (var mkfifo = System.Diagnostics.Process.Start("mkfifo", [fifo]))
        {
            mkfifo.WaitForExit();
            Assert.Equal(0, mkfifo.ExitCode);
        }

        var error = Assert.Throws<SpecialFileTargetException>(() => AtomicFile.WriteText(fifo, "new", overwrite: true));

        Assert.Contains("不予覆盖", WriteFailureText.Reason(error), StringComparison.Ordinal);
        Assert.False(BoundedFile.IsRegularFile(fifo), "the FIFO was replaced");
        Assert.Single(Directory.GetFileSystemEntries(_folder.Path));
    }

    [Fact]
    public void Without_overwrite_an_existing_file_is_refused()
    {
        var path = Path.Combine(_folder.Path, "unit.yaml");
        File.WriteAllText(path, "old");

        Assert.Throws<IOException>(() => AtomicFile.WriteText(path, "new", overwrite: false));
        Assert.Equal("old", File.ReadAllText(path));
    }

    [Theory]
    [InlineData(".报告.docx.0123456789abcdef0123456789abcdef.tmp", true)]
    [InlineData(".gitignore", false)]
    [InlineData("report.tmp", false)]
    [InlineData(".a.b.tmp", false)]
    [InlineData(".x.docx.0123456789abcdef0123456789abcdeg.tmp", false)]
    public void Only_fincomps_own_temporary_names_are_recognised(string name, bool expected) =>
        Assert.Equal(expected, AtomicFile.IsTemporaryName(name));

    [Fact]
    public void The_names_it_makes_are_recognised() =>
        Assert.True(AtomicFile.IsTemporaryName(Path.GetFileName(AtomicFile.TemporaryNameFor(Path.Combine(_folder.Path, "a b 报告.docx")))));

    [Fact]
    public void Sweeping_removes_old_leftovers_and_keeps_young_ones_and_other_files()
    {
        var old = Touch(".a.docx.0123456789abcdef0123456789abcdef.tmp", TimeSpan.FromHours(2));
        var young = Touch(".b.docx.0123456789abcdef0123456789abcdef.tmp", TimeSpan.FromMinutes(1));
        var other = Touch(".notes.tmp", TimeSpan.FromHours(2));

        var swept = AtomicFile.SweepStale(_folder.Path, TimeSpan.FromMinutes(10), DateTime.UtcNow);

        Assert.Equal(1, swept);
        Assert.False(File.Exists(old));
        Assert.True(File.Exists(young));
        Assert.True(File.Exists(other));
    }

    [Fact]
    public void A_build_sweeps_what_a_killed_run_left_in_its_output_folder()
    {
        var leftover = Touch(".yingji-2023.docx.0123456789abcdef0123456789abcdef.tmp", TimeSpan.FromHours(1));

        var code = FincompApp.Run(["build", Path.Combine(TestPaths.RepositoryRoot, "samples", "park", "yingji-2023.yaml"), "-o", _folder.Path], new StringWriter(), new StringWriter());

        Assert.Equal(0, code);
        Assert.False(File.Exists(leftover));
        Assert.True(File.Exists(Path.Combine(_folder.Path, "yingji-2023.docx")));
    }

    private string Touch(string name, TimeSpan age)
    {
        var path = Path.Combine(_folder.Path, name);
        File.WriteAllText(path, "x");
        File.SetLastWriteTimeUtc(path, DateTime.UtcNow - age);
        return path;
    }
}
