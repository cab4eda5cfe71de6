using Fincomp.Batch;
using Fincomp.Cli;
using Fincomp.Tests.Support;
using Xunit;

namespace Fincomp.Tests.Robustness;

/// <summary>
/// No unit's report silently replaces another's or an input: collisions are refused before anything is built, naming
/// both inputs, and one file named several ways is one unit.
/// </summary>
public sealed class OutputCollisionTests : IDisposable
{
    private readonly TemporaryFolder _folder = new("fincomp-collision-");

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Two_folders_files_of_one_name_into_one_output_folder_are_both_refused()
    {
        var a = Unit("a", "x.yaml");
        var b = Unit("b", "x.yaml");
        var output = Path.Combine(_folder.Path, "out");

        var (code, text) = Build(a, b, "-o", output);

        Assert.Equal(2, code);
        Assert.Contains($"error FC0920: {a} 与 {b} 的报告会写到同一个文件", text, StringComparison.Ordinal);
        Assert.Contains($"error FC0920: {b} 与 {a} 的报告会写到同一个文件", text, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(output, "x.docx")));

        // Same names collide whatever output_name says: the advice is another folder or another name, not {file}.
        Assert.Contains("分别指定输出文件夹", text, StringComparison.Ordinal);
        Assert.DoesNotContain("{file}", text, StringComparison.Ordinal);
        Assert.Contains($"[1/2] 输出冲突 ", text, StringComparison.Ordinal);
        Assert.Contains("0 通过 · 0 有错误 · 0 无法读取 · 2 输出冲突", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_manifest_output_name_that_does_not_tell_units_apart_is_refused()
    {
        var a = Unit("units", "a.yaml");
        var b = Unit("units", "b.yaml");
        var c = Unit("units", "c.yaml");
        File.WriteAllText(Path.Combine(_folder.Path, "units", "fincomp.yaml"), "output_name: \"{year}\"\n");

        var (code, text) = Build(Path.Combine(_folder.Path, "units"));

        Assert.Equal(2, code);
        Assert.Contains($"{a} 与 {b}、{c} 的报告会写到同一个文件", text, StringComparison.Ordinal);
        Assert.Contains("output_name 中加入 {file}", text, StringComparison.Ordinal);
        Assert.Contains("0 通过 · 0 有错误 · 0 无法读取 · 3 输出冲突", text, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_folder.Path, "units", "2023.docx")));
    }

    [Fact]
    public void Units_with_distinct_names_still_build_beside_a_refused_pair()
    {
        var a = Unit("a", "x.yaml");
        var b = Unit("b", "x.yaml");
        var c = Unit("b", "y.yaml");
        var output = Path.Combine(_folder.Path, "out");

        var (_, text) = Build(a, b, c, "-o", output);

        Assert.Contains("FC0920", text, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(output, "y.docx")), text);
        Assert.False(File.Exists(Path.Combine(output, "x.docx")));
    }

    [Fact]
    public void A_unit_that_cannot_be_read_takes_no_file_from_another()
    {
        var broken = Path.Combine(_folder.Path, "a", "x.yaml");
        Directory.CreateDirectory(Path.GetDirectoryName(broken)!);
        File.WriteAllText(broken, "unit: [\n");
        var good = Unit("b", "x.yaml");
        var output = Path.Combine(_folder.Path, "out");

        var (code, text) = Build(broken, good, "-o", output);

        Assert.Equal(2, code);
        Assert.DoesNotContain("FC0920", text, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(output, "x.docx")), text);
    }

    [Fact]
    public void A_unit_with_errors_not_forced_takes_no_file_from_another()
    {
        var failing = Unit("a", "x.yaml");
        var clean = Path.Combine(_folder.Path, "b", "x.yaml");
        Directory.CreateDirectory(Path.GetDirectoryName(clean)!);
        File.Copy(TestPaths.Sample(Path.Combine("park", "guijian-2023.yaml")), clean);
        var output = Path.Combine(_folder.Path, "out");
        var writer = new StringWriter();

        var code = FincompApp.Run(["build", failing, clean, "-o", output, "--jobs", "2"], writer, writer);

        Assert.Equal(1, code);
        Assert.DoesNotContain("FC0920", writer.ToString(), StringComparison.Ordinal);
        Assert.Contains("1 通过 · 1 有错误 · 0 无法读取", writer.ToString(), StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(output, "x.docx")), writer.ToString());
    }

    [Fact]
    public void A_unit_file_named_like_its_report_is_refused_and_kept()
    {
        var input = Unit("u", "unit.html");
        var before = File.ReadAllBytes(input);

        var (code, text) = Build(input, "-f", "html");

        // A unit file must be .yaml or .yml, so one named like its report is refused before its report is planned.
        Assert.Equal(2, code);
        Assert.Contains("扩展名是 .html", text, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllBytes(input));
    }

    [Fact]
    public void A_report_that_would_be_the_summary_file_is_refused()
    {
        var input = Unit("u", "x.yaml");
        var output = Path.Combine(_folder.Path, "out");
        var summary = Path.Combine(output, "x.xlsx");

        var (code, text) = Build(input, "-o", output, "-f", "xlsx", "--summary", summary);

        Assert.NotEqual(0, code);
        Assert.Contains("FC0920", text, StringComparison.Ordinal);
        Assert.Contains("与 --summary 汇总表", text, StringComparison.Ordinal);
        Assert.Contains("[1/1] 输出冲突 ", text, StringComparison.Ordinal);
        Assert.DoesNotContain("无法读取 " + input, text, StringComparison.Ordinal);
        // The file there is the summary, written once, not a report the summary then replaced.
        Assert.Contains("汇总表", text, StringComparison.Ordinal);
        Assert.True(File.Exists(summary));
    }

    [Fact]
    public void One_file_under_several_spellings_is_one_unit()
    {
        var file = Unit("dir", "x.yaml");
        var folder = Path.GetDirectoryName(file)!;
        var link = Path.Combine(_folder.Path, "link");
        Directory.CreateSymbolicLink(link, folder);
        string[] spellings =
        [
            file,
            Path.GetRelativePath(Environment.CurrentDirectory, file),
            folder + "//x.yaml",
            Path.Combine(folder, ".", "x.yaml"),
            Path.Combine(folder, "..", "dir", "x.yaml"),
            Path.Combine(link, "x.yaml"),
            folder,
        ];

        Assert.Single(InputSelection.Expand(spellings));

        var summary = Path.Combine(_folder.Path, "summary.json");
        var (code, text) = Build([.. spellings, "-o", Path.Combine(_folder.Path, "out"), "--summary", summary]);
        Assert.Equal(0, code & ~1);
        Assert.DoesNotContain("FC0920", text, StringComparison.Ordinal);
        Assert.Equal(2, System.Text.Json.JsonDocument.Parse(File.ReadAllText(summary)).RootElement.GetArrayLength()); // the unit and the totals row
    }

    private string Unit(string folder, string name)
    {
        var path = Path.Combine(_folder.Path, folder, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        // Each unit its own (name and bytes): copies of one unit would be one unit, or refused as duplicates (FC0921).
        File.WriteAllText(path, Checks.TestUnits.Renamed(File.ReadAllText(TestPaths.Sample("dangqun-2023.yaml")), $"（{folder}{Path.GetFileNameWithoutExtension(name)}）"));
        return path;
    }

    private static (int Code, string Output) Build(params string[] arguments)
    {
        var writer = new StringWriter();
        var code = FincompApp.Run(["build", .. arguments, "--force", "--jobs", "2"], writer, writer);
        return (code, writer.ToString());
    }
}
