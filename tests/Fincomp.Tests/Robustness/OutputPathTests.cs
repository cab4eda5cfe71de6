using Fincomp.Cli;
using Fincomp.Tests.Support;
using Xunit;

namespace Fincomp.Tests.Robustness;

/// <summary>Output locations that cannot take a report are a diagnostic and exit code 2, and nothing in the way is destroyed.</summary>
public sealed class OutputPathTests : IDisposable
{
    private readonly TemporaryFolder _folder = new("fincomp-output-");

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void An_output_path_that_is_a_file_is_refused_and_the_file_kept()
    {
        var file = Path.Combine(_folder.Path, "报告 输出");
        File.WriteAllText(file, "保留");

        var (code, output) = Build(file);

        Assert.Equal(2, code);
        Assert.Contains("不是文件夹", output, StringComparison.Ordinal);
        Assert.Equal("保留", File.ReadAllText(file));
    }

    [Fact]
    public void A_report_path_taken_by_a_folder_is_a_write_error_and_the_folder_kept()
    {
        var output = Path.Combine(_folder.Path, "out");
        var blocker = Directory.CreateDirectory(Path.Combine(output, "dangqun-2023.docx")).FullName;
        File.WriteAllText(Path.Combine(blocker, "keep.txt"), "保留");

        var (code, text) = Build(output);

        Assert.Equal(3, code);
        Assert.Contains("FC0910", text, StringComparison.Ordinal);
        Assert.Contains("这个位置已有同名的文件夹", text, StringComparison.Ordinal);
        Assert.Equal("保留", File.ReadAllText(Path.Combine(blocker, "keep.txt")));
        Assert.DoesNotContain("Exception", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_report_name_of_80_cjk_characters_is_written()
    {
        var name = string.Concat(Enumerable.Repeat("党群工作部决算公开报告", 8))[..80] + ".yaml"; // 245 bytes
        var input = Path.Combine(_folder.Path, name);
        File.Copy(TestPaths.Sample("dangqun-2023.yaml"), input);
        var writer = new StringWriter();

        var code = FincompApp.Run(["build", input, "--force", "--jobs", "1"], writer, writer);

        Assert.True(code is 0 or 1, writer.ToString());
        Assert.True(File.Exists(Path.ChangeExtension(input, ".docx")), writer.ToString());
        Assert.Empty(Directory.EnumerateFiles(_folder.Path, ".*.tmp"));
    }

    [Fact]
    public void Charts_into_a_path_that_is_a_file_is_refused_and_the_file_kept()
    {
        var file = Path.Combine(_folder.Path, "图表");
        File.WriteAllText(file, "保留");
        var writer = new StringWriter();

        var code = FincompApp.Run(["charts", TestPaths.Sample("dangqun-2023.yaml"), "-o", file], writer, writer);

        Assert.Equal(2, code);
        Assert.Contains("不是文件夹", writer.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", writer.ToString(), StringComparison.Ordinal);
        Assert.Equal("保留", File.ReadAllText(file));
    }

    private static (int Code, string Output) Build(string output)
    {
        var writer = new StringWriter();
        var code = FincompApp.Run(["build", TestPaths.Sample("dangqun-2023.yaml"), "-o", output, "--force"], writer, writer);
        return (code, writer.ToString());
    }
}
