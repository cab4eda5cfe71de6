using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Fincomp.Cli;
using Fincomp.Cli.Help;
using Fincomp.Tests.Support;
using Xunit;

namespace Fincomp.Tests.Cli;

/// <summary><c>fincomp build</c> over the park: every unit in parallel, the failing one named, the others built, a roll-up.</summary>
public sealed class BatchBuildTests : IDisposable
{
    private readonly TemporaryFolder _out = new("fincomp-batch-");

    public void Dispose() => _out.Dispose();

    private static string Park => Path.Combine(TestPaths.RepositoryRoot, "samples", "park");

    [Fact]
    public void The_park_builds_every_consistent_unit_names_the_failing_one_and_writes_the_roll_up()
    {
        var output = new StringWriter();
        var summary = Path.Combine(_out.Path, "summary.xlsx");

        var code = FincompApp.Run(["build", Park, "-o", _out.Path, "--summary", summary, "--jobs", "2"], output, output);

        Assert.Equal(1, code);
        var text = output.ToString();
        Assert.Contains("有错误 " + Path.Combine(Park, "dangqun-2023.yaml"), text);
        Assert.Contains("FC1807", text);
        Assert.Contains("--force", text);
        Assert.Contains("单位文件", text);
        Assert.Contains("5 通过 · 1 有错误 · 0 无法读取", text);
        var table = text[text.IndexOf("单位文件", StringComparison.Ordinal)..];
        Assert.All(table.Split('\n'), line => Assert.True(DisplayWidth.Of(line.TrimEnd()) <= 80, line));
        var built = Directory.GetFiles(_out.Path, "*.docx").Select(Path.GetFileName).Order(StringComparer.Ordinal);
        Assert.Equal(["guijian-2023.docx", "jingxin-2023.docx", "shehui-2023.docx", "yingji-2023.docx", "zhifa-2023.docx"], built);
        using var workbook = SpreadsheetDocument.Open(summary, false);
        var rows = workbook.WorkbookPart!.WorksheetParts.Single().Worksheet.Descendants<Row>().ToList();
        Assert.Equal(1 + 6 + 2, rows.Count); // header, six units, 合计 and 可比合计 (yingji has no previous year)
    }

    [Fact]
    public void Html_output_is_a_standalone_page()
    {
        var output = new StringWriter();

        var code = FincompApp.Run(["build", Path.Combine(Park, "yingji-2023.yaml"), "-o", _out.Path, "--format", "html"], output, output);

        Assert.Equal(0, code);
        Assert.DoesNotContain("单位文件", output.ToString());
        var html = File.ReadAllText(Path.Combine(_out.Path, "yingji-2023.html"));
        Assert.StartsWith("<!DOCTYPE html>", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("http://", html);
        Assert.False(File.Exists(Path.Combine(_out.Path, "yingji-2023.docx")));
    }

    [Theory]
    [InlineData(new[] { "-f", "html" }, new[] { "html" })]
    [InlineData(new[] { "-f", "html,xlsx" }, new[] { "html", "xlsx" })]
    [InlineData(new[] { "-f", "html", "-f", "xlsx" }, new[] { "html", "xlsx" })]
    public void A_format_before_the_unit_file_takes_one_value_and_leaves_the_file_to_the_inputs(string[] formatOptions, string[] written)
    {
        var error = new StringWriter();

        var code = FincompApp.Run(["build", .. formatOptions, Path.Combine(Park, "yingji-2023.yaml"), "-o", _out.Path], new StringWriter(), error);

        Assert.True(code == 0, error.ToString());
        var extensions = Directory.GetFiles(_out.Path).Select(f => Path.GetExtension(f).TrimStart('.')).Order(StringComparer.Ordinal);
        Assert.Equal(written, extensions);
    }

    [Fact]
    public void One_job_and_two_jobs_write_identical_files()
    {
        var one = Directory.CreateDirectory(Path.Combine(_out.Path, "one")).FullName;
        var two = Directory.CreateDirectory(Path.Combine(_out.Path, "two")).FullName;

        FincompApp.Run(["build", Park, "-o", one, "--jobs", "1", "--force"], new StringWriter(), new StringWriter());
        FincompApp.Run(["build", Park, "-o", two, "--jobs", "2", "--force"], new StringWriter(), new StringWriter());

        var names = Directory.GetFiles(one).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(6, names.Count);
        Assert.All(names, name => Assert.Equal(File.ReadAllBytes(Path.Combine(one, name!)), File.ReadAllBytes(Path.Combine(two, name!))));
    }

    [Fact]
    public void A_unit_with_errors_never_replaces_the_previous_report()
    {
        var previous = Path.Combine(_out.Path, "dangqun-2023.docx");
        File.WriteAllText(previous, "上一次的好报告");

        var code = FincompApp.Run(["build", Path.Combine(Park, "dangqun-2023.yaml"), "-o", _out.Path], new StringWriter(), new StringWriter());

        Assert.Equal(1, code);
        Assert.Equal("上一次的好报告", File.ReadAllText(previous));
        Assert.Single(Directory.GetFiles(_out.Path));
    }

    [Fact]
    public void The_shards_of_a_batch_build_each_unit_once()
    {
        for (var i = 1; i <= 3; i++)
        {
            FincompApp.Run(["build", Park, "-o", _out.Path, "--force", "--shard", $"{i}/3"], new StringWriter(), new StringWriter());
        }

        Assert.Equal(6, Directory.GetFiles(_out.Path, "*.docx").Length);
    }

    [Theory]
    [InlineData("--format", "odt")]
    [InlineData("--shard", "4/3")]
    [InlineData("--jobs", "0")]
    [InlineData("--summary", "summary.txt")]
    [InlineData("--reference-doc", "no-such.docx")]
    [InlineData("--jbos", "2")]
    public void Wrong_options_exit_with_two_before_anything_is_built(string option, string value)
    {
        var error = new StringWriter();

        var code = FincompApp.Run(["build", Park, "-o", _out.Path, option, value], new StringWriter(), error);

        Assert.Equal(2, code);
        Assert.NotEmpty(error.ToString());
        Assert.Empty(Directory.GetFiles(_out.Path));
    }

    [Fact]
    public void A_pdf_is_written_through_libreoffice_when_it_is_installed()
    {
        if (Fincomp.Writers.Pdf.SofficeLocator.Find() is null)
        {
            Assert.Fail("soffice is not installed; .ci/run installs libreoffice-writer-nogui.");
        }

        var code = FincompApp.Run(["build", Path.Combine(Park, "yingji-2023.yaml"), "-o", _out.Path, "--format", "pdf"], new StringWriter(), new StringWriter());

        Assert.Equal(0, code);
        var pdf = File.ReadAllBytes(Path.Combine(_out.Path, "yingji-2023.pdf"));
        Assert.Equal("%PDF"u8.ToArray(), pdf[..4]);
        Assert.Empty(Directory.GetFiles(_out.Path, ".*.tmp"));
    }
}
