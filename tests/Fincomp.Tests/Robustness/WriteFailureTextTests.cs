using Fincomp.IO;
using Fincomp.Tests.Support;
using Xunit;

namespace Fincomp.Tests.Robustness;

/// <summary>Write failures are told in Chinese from the exception the runtime really throws, not from its English text.</summary>
public sealed class WriteFailureTextTests
{
    /// <summary>/dev/full answers every write with ENOSPC, as a full disk does.</summary>
    [LinuxFact]
    public void A_full_disk_is_named_as_such()
    {
        var exception = Record.Exception(() =>
        {
            using var stream = new FileStream("/dev/full", FileMode.Open, FileAccess.Write);
            stream.Write(new byte[4096]);
            stream.Flush(flushToDisk: true);
        });

        Assert.Equal("磁盘空间不足", WriteFailureText.Reason(Assert.IsAssignableFrom<IOException>(exception)));
    }

    [Fact]
    public void A_file_where_a_folder_of_the_path_should_be_is_named_as_such()
    {
        var file = Path.GetTempFileName();
        try
        {
            var exception = Record.Exception(() => AtomicFile.WriteText(Path.Combine(file, "s.csv"), "x", overwrite: true));

            Assert.Equal("路径中有同名的文件挡住了要新建的文件夹（或文件已存在）", WriteFailureText.Reason(Assert.IsAssignableFrom<IOException>(exception)));
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Theory]
    [InlineData(28, "磁盘空间不足")]
    [InlineData(30, "所在的磁盘或文件系统只读")]
    [InlineData(36, "路径或文件名过长")]
    [InlineData(unchecked((int)0x80070070), "磁盘空间不足")]
    public void Known_error_numbers_have_chinese_reasons(int hresult, string reason) =>
        Assert.Equal(reason, WriteFailureText.Reason(new IOException("English text", hresult)));

    [Fact]
    public void Other_failures_are_chinese_without_the_runtime_text()
    {
        Assert.Equal("没有写入权限（文件夹只读，或文件正被其他程序占用）", WriteFailureText.Reason(new UnauthorizedAccessException("Access denied.")));
        Assert.Equal("写入出错（系统错误号 5）", WriteFailureText.Reason(new IOException("Something odd.", 5)));
        Assert.Equal("写入出错", WriteFailureText.Reason(new InvalidOperationException("Something odd.")));
    }

    /// <summary>/proc refuses new files with ENOENT, which the runtime reports in English naming its temporary file.</summary>
    [LinuxFact]
    public void A_folder_that_refuses_new_files_is_named_in_chinese_without_the_temporary_name()
    {
        var exception = Record.Exception(() => AtomicFile.WriteText("/proc/fincomp-test-x", "x", overwrite: true));

        var reason = WriteFailureText.Reason(Assert.IsAssignableFrom<IOException>(exception));
        Assert.Equal("无法在这个位置新建文件（该文件夹不允许新建文件）", reason);
    }
}
