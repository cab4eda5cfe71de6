using System.Diagnostics;
using Fincomp.Audit;
using Fincomp.Charts;
using Fincomp.Input;
using Fincomp.Narrative;
using Fincomp.IO;
using Fincomp.Tests.Checks;
using Fincomp.Tests.Support;
using Xunit;

namespace Fincomp.Tests.Robustness;

/// <summary>
/// Only regular files are read, and no further than their limit: a device never ends, a FIFO blocks the open for
/// ever; a previous_year chain is bounded in depth.
/// </summary>
public sealed class SpecialFileTests : IDisposable
{
    private readonly TemporaryFolder _folder = new("fincomp-special-");

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void A_device_is_refused_as_a_unit_file()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        var result = HangGuard.Run(() => new UnitLoader().Load("/dev/zero"), "loading /dev/zero");

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(InputCodes.Unreadable, error.Code);
        Assert.Contains("不是普通文件", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/dev/zero")]
    [InlineData("/dev/urandom")]
    [InlineData("FIFO")]
    public void A_previous_year_that_is_not_a_regular_file_is_refused_without_reading_it(string target)
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        var previous = target == "FIFO" ? Fifo() : target;
        var unit = Path.Combine(_folder.Path, "unit.yaml");
        File.WriteAllText(unit, WithPreviousYear(previous));

        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        var result = HangGuard.Run(() => new UnitLoader().Load(unit), $"previous_year: {target}");

        Assert.Null(result.Unit);
        Assert.Contains(result.Diagnostics, d => d.Code == InputCodes.Unreadable && d.Message.Contains("不是普通文件", StringComparison.Ordinal));
        Assert.True(GC.GetAllocatedBytesForCurrentThread() - allocatedBefore < 200_000_000);
    }

    [Fact]
    public void A_fifo_named_on_the_command_line_is_refused()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        var fifo = Fifo();
        var writer = new StringWriter();
        var code = HangGuard.Run(() => Fincomp.Cli.FincompApp.Run(["check", fifo], writer, writer), "check FIFO");

        Assert.Equal(2, code);
        Assert.Contains("FC0011", writer.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_read_stops_at_its_limit_counting_bytes_read()
    {
        var file = Path.Combine(_folder.Path, "big.bin");
        File.WriteAllBytes(file, new byte[300_000]);

        Assert.Throws<FileTooLargeException>(() => BoundedFile.Read(file, 200_000));
        Assert.Equal(300_000, BoundedFile.Read(file, 300_000).Length);
        Assert.False(BoundedFile.IsRegularFile(_folder.Path));
        Assert.True(BoundedFile.IsRegularFile(file));
    }

    [Fact]
    public void A_long_previous_year_chain_stops_at_the_depth_limit()
    {
        const int length = 400;
        for (var i = 0; i < length; i++)
        {
            var text = ConsistentUnit.Yaml.Replace("year: 2023", $"year: {2050 - i}", StringComparison.Ordinal);
            File.WriteAllText(Path.Combine(_folder.Path, $"u{i}.yaml"), i + 1 < length ? WithPreviousYear($"u{i + 1}.yaml", text) : text);
        }

        var result = HangGuard.Run(() => new UnitLoader().Load(Path.Combine(_folder.Path, "u0.yaml")), "a 400-file chain");

        Assert.Contains(result.Diagnostics, d => d.Code == InputCodes.PreviousYearTooDeep);
    }

    [Fact]
    public void A_fifo_in_the_template_folder_is_refused_by_name()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        var folder = Directory.CreateDirectory(Path.Combine(_folder.Path, "templates")).FullName;
        Fifo(Path.Combine(folder, "report.scriban"));

        var error = Assert.Throws<TemplateNameException>(() => new TemplateLoader(folder).Resolve("report.scriban"));

        Assert.Equal(NarrativeCodes.TemplatePathRejected, error.Code);
        Assert.Contains("不是普通文件", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_fifo_as_chart_font_is_refused_without_opening_it()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        var fifo = Fifo(Path.Combine(_folder.Path, "font.ttf"));

        var error = HangGuard.Run(
            () => Assert.Throws<ChartFontException>(() => ChartFonts.NameFor(new ChartRenderOptions { FontFile = fifo })),
            "--chart-font FIFO");

        Assert.Contains("不是普通文件", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("report.docx")]
    [InlineData("report.pdf")]
    public void A_fifo_named_as_a_finished_report_is_refused_without_opening_it(string name)
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        var fifo = Fifo(Path.Combine(_folder.Path, name));

        var findings = HangGuard.Run(() => DocumentCheck.Check(fifo), $"check {name} FIFO");

        var error = Assert.Single(findings);
        Assert.Contains("不是普通文件", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_chain_within_the_limit_still_loads()
    {
        for (var i = 0; i < 3; i++)
        {
            var text = ConsistentUnit.Yaml.Replace("year: 2023", $"year: {2023 - i}", StringComparison.Ordinal);
            File.WriteAllText(Path.Combine(_folder.Path, $"c{i}.yaml"), i < 2 ? WithPreviousYear($"c{i + 1}.yaml", text) : text);
        }

        var result = new UnitLoader().Load(Path.Combine(_folder.Path, "c0.yaml"));

        Assert.NotNull(result.Unit);
        Assert.NotNull(result.Unit!.PreviousUnit);
    }

    private static string WithPreviousYear(string previous, string? text = null)
    {
        var yaml = text ?? ConsistentUnit.Yaml;
        var start = yaml.IndexOf("\nprevious:\n", StringComparison.Ordinal);
        var end = yaml.IndexOf("\nperformance:", start, StringComparison.Ordinal);
        return yaml[..start] + $"\nprevious_year: \"{previous}\"" + yaml[end..];
    }

    private string Fifo(string? path = null)
    {
        var fifo = path ?? Path.Combine(_folder.Path, "pipe.yaml");
        using var mkfifo = Process.Start("mkfifo", [fifo]);
        mkfifo.WaitForExit();
        Assert.Equal(0, mkfifo.ExitCode);
        return fifo;
    }
}
