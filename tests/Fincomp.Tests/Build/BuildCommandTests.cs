using Fincomp.Cli;
using Xunit;
using Fincomp.Tests.Support;

namespace Fincomp.Tests.Build;

/// <summary><c>fincomp build</c> driven in-process: output name, determinism, refusal on check errors, exit codes.</summary>
public sealed class BuildCommandTests : IDisposable
{
    private readonly TemporaryFolder _folder = new("fincomp-build-");

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Forced_build_writes_the_document_named_after_the_input_and_identical_bytes_twice()
    {
        var first = Path.Combine(_folder.Path, "a");
        var second = Path.Combine(_folder.Path, "b");
        // The sample has errors: --force writes the document, and the exit code still says 1 so CI notices.
        Assert.Equal(1, Run("build", TestPaths.Sample("dangqun-2023.yaml"), "--force", "-o", first));
        Assert.Equal(1, Run("build", TestPaths.Sample("dangqun-2023.yaml"), "--force", "--output", second));
        var document = Path.Combine(first, "dangqun-2023.docx");
        Assert.True(File.Exists(document));
        Assert.Equal(File.ReadAllBytes(document), File.ReadAllBytes(Path.Combine(second, "dangqun-2023.docx")));
        Assert.Equal(["dangqun-2023.docx"], Directory.GetFiles(first).Select(Path.GetFileName));
    }

    [Fact]
    public void A_unit_with_check_errors_is_not_built_without_force()
    {
        var output = new StringWriter();
        Assert.Equal(1, FincompApp.Run(["build", TestPaths.Sample("dangqun-2023.yaml"), "-o", _folder.Path], output, new StringWriter()));
        Assert.Empty(Directory.GetFiles(_folder.Path));
        Assert.Contains("--force", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_input_exits_with_two() =>
        Assert.Equal(2, Run("build", Path.Combine(_folder.Path, "missing.yaml"), "-o", _folder.Path));

    [Fact]
    public void A_broken_template_exits_with_four_and_leaves_no_file()
    {
        var templates = Directory.CreateDirectory(Path.Combine(_folder.Path, "templates")).FullName;
        File.WriteAllText(Path.Combine(templates, "00-title.scriban"), "{{ no_such_variable }}");
        var output = new StringWriter();
        Assert.Equal(4, FincompApp.Run(["build", TestPaths.Sample("dangqun-2023.yaml"), "--force", "-o", _folder.Path, "--templates", templates], output, new StringWriter()));
        Assert.Contains("00-title.scriban(1,", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("模板有误", output.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("无法读取", output.ToString(), StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(_folder.Path));
    }

    [Fact]
    public void A_chart_font_that_is_no_font_is_fc0912_and_exit_four_not_an_internal_error()
    {
        var font = Path.Combine(_folder.Path, "字体.ttf");
        File.WriteAllText(font, "这不是字体");
        var output = new StringWriter();

        var code = FincompApp.Run(["build", TestPaths.Sample("park/yingji-2023.yaml"), "-o", _folder.Path, "--chart-font", font], output, new StringWriter());

        Assert.Equal(4, code);
        Assert.Contains($"{font}(1,1): error FC0912: 无法读取图表字体文件", output.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("FC0999", output.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("内部错误", output.ToString(), StringComparison.Ordinal);
        Assert.Equal([font], Directory.GetFiles(_folder.Path));
    }

    /// <summary>
    /// A report that cannot be written (here: the output folder's path runs through a file) is a write failure in the
    /// progress line, the totals and the exit code, with a Chinese reason; the input was read fine.
    /// </summary>
    [Fact]
    public void A_report_that_cannot_be_written_is_labelled_a_write_failure_with_exit_three()
    {
        var blocker = Path.Combine(_folder.Path, "文件");
        File.WriteAllText(blocker, "挡路");
        var output = new StringWriter();

        var code = FincompApp.Run(
            ["build", TestPaths.Sample("park/yingji-2023.yaml"), TestPaths.Sample("park/guijian-2023.yaml"), "-o", Path.Combine(blocker, "报告")],
            output, new StringWriter());

        var text = output.ToString();
        Assert.Equal(3, code);
        Assert.Contains("[1/2] 无法写出 ", text, StringComparison.Ordinal);
        Assert.Contains("error FC0910: 无法写出 ", text, StringComparison.Ordinal);
        Assert.Contains("所在文件夹不存在，也无法新建", text, StringComparison.Ordinal);
        Assert.Contains("0 通过 · 0 有错误 · 0 无法读取 · 2 无法写出", text, StringComparison.Ordinal);
        Assert.DoesNotContain("] 无法读取", text, StringComparison.Ordinal);
        Assert.Equal("挡路", File.ReadAllText(blocker));
    }

    [Fact]
    public void An_overlong_output_name_is_a_write_failure_saying_the_name_is_too_long()
    {
        var output = new StringWriter();

        var code = FincompApp.Run(["build", TestPaths.Sample("park/yingji-2023.yaml"), "-o", Path.Combine(_folder.Path, new string('长', 100))], output, new StringWriter());

        Assert.Equal(3, code);
        Assert.Contains("路径或文件名过长", output.ToString(), StringComparison.Ordinal);
    }

    private static int Run(params string[] args) => FincompApp.Run(args, new StringWriter(), new StringWriter());
}
