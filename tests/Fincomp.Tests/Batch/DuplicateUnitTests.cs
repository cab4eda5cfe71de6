using System.Runtime.InteropServices;
using System.Text.Json;
using Fincomp.Batch;
using Fincomp.Cli;
using Fincomp.Tests.Support;
using Xunit;

namespace Fincomp.Tests.Batch;

/// <summary>
/// A unit is built and counted once however many files of the batch hold it: hard links and byte-identical copies are
/// one file, and an edited copy of the same unit and year (单位-副本.yaml) is refused with the original (FC0921), so
/// the roll-up's totals never add one unit twice.
/// </summary>
public sealed class DuplicateUnitTests : IDisposable
{
    private readonly TemporaryFolder _folder = new("fincomp-duplicate-");

    public void Dispose() => _folder.Dispose();

    private static string Sample => TestPaths.Sample(Path.Combine("park", "guijian-2023.yaml"));

    [Fact]
    public void An_edited_copy_of_a_unit_is_refused_with_the_original_and_neither_is_totalled()
    {
        var units = Directory.CreateDirectory(Path.Combine(_folder.Path, "units")).FullName;
        var original = Path.Combine(units, "单位.yaml");
        var copy = Path.Combine(units, "单位-副本.yaml");
        var other = Path.Combine(units, "yingji-2023.yaml");
        File.Copy(Sample, original);
        File.WriteAllText(copy, File.ReadAllText(Sample) + "# 改过的副本\n");
        File.Copy(TestPaths.Sample(Path.Combine("park", "yingji-2023.yaml")), other);
        var summary = Path.Combine(_folder.Path, "summary.json");

        var (code, text) = Build(units, "-o", Path.Combine(_folder.Path, "out"), "--summary", summary);

        Assert.Equal(2, code);
        Assert.Contains($"error FC0921: {copy} 与 {original} 是同一单位同一年度", text, StringComparison.Ordinal);
        Assert.Contains($"error FC0921: {original} 与 {copy} 是同一单位同一年度", text, StringComparison.Ordinal);
        Assert.Contains("1 通过 · 0 有错误 · 0 无法读取 · 2 重复单位", text, StringComparison.Ordinal);
        Assert.Equal(["yingji-2023.docx"], Directory.GetFiles(Path.Combine(_folder.Path, "out"), "*.docx").Select(Path.GetFileName));
        var rows = JsonDocument.Parse(File.ReadAllText(summary)).RootElement.EnumerateArray().ToList();
        var yingji = rows.Single(r => r.GetProperty("file").GetString() == other).GetProperty("grand_total").GetDecimal();
        Assert.Equal(yingji, rows.Single(r => r.GetProperty("unit").GetString() == "合计").GetProperty("grand_total").GetDecimal());
        Assert.Equal(2, rows.Count(r => r.GetProperty("status").GetString() == "重复单位"));
    }

    [Fact]
    public void Distinct_units_of_one_year_are_no_duplicates()
    {
        var found = DuplicateUnits.Find([("a.yaml", "甲局", 2023), ("b.yaml", "乙局", 2023), ("c.yaml", "甲局", 2024)]);

        Assert.Empty(found);
    }

    [Fact]
    public void Hard_links_and_identical_copies_of_one_unit_file_are_one_unit()
    {
        var units = Directory.CreateDirectory(Path.Combine(_folder.Path, "units")).FullName;
        var file = Path.Combine(units, "a.yaml");
        File.Copy(Sample, file);
        HardLink(file, Path.Combine(units, "b.yaml"));
        File.Copy(Sample, Path.Combine(units, "c.yaml"));
        var summary = Path.Combine(_folder.Path, "summary.json");

        Assert.Equal([file], InputSelection.Expand([units]));

        var (code, text) = Build(units, "-o", Path.Combine(_folder.Path, "out"), "--summary", summary);
        Assert.Equal(0, code);
        Assert.DoesNotContain("FC0921", text, StringComparison.Ordinal);
        var rows = JsonDocument.Parse(File.ReadAllText(summary)).RootElement.EnumerateArray().ToList();
        Assert.Equal(2, rows.Count); // the unit and the totals row
        Assert.Equal(rows[0].GetProperty("grand_total").GetDecimal(), rows[1].GetProperty("grand_total").GetDecimal());
    }

    [Fact]
    public void Different_files_of_equal_length_are_two_units()
    {
        var a = Path.Combine(_folder.Path, "a.yaml");
        var b = Path.Combine(_folder.Path, "b.yaml");
        File.WriteAllText(a, "unit: 1\n");
        File.WriteAllText(b, "unit: 2\n");

        Assert.Equal([a, b], InputSelection.Expand([_folder.Path]));
    }

    private static (int Code, string Output) Build(params string[] arguments)
    {
        var writer = new StringWriter();
        var code = FincompApp.Run(["build", .. arguments, "--jobs", "2"], writer, writer);
        return (code, writer.ToString());
    }

    private static void HardLink(string existing, string link)
    {
        var made = OperatingSystem.IsWindows() ? CreateHardLink(link, existing, IntPtr.Zero) : Link(existing, link) == 0;
        Assert.True(made, $"could not link {link} to {existing}");
    }

    // .NET has no call that makes a hard link, so the test makes one the way ln does.
    [DllImport("libc", EntryPoint = "link", SetLastError = true)]
    private static extern int Link([MarshalAs(UnmanagedType.LPUTF8Str)] string existing, [MarshalAs(UnmanagedType.LPUTF8Str)] string link);

    [DllImport("kernel32", EntryPoint = "CreateHardLinkW", SetLastError = true)]
    [return: MarshalAs(UnmanagedType.Bool)]
    private static extern bool CreateHardLink([MarshalAs(UnmanagedType.LPWStr)] string link, [MarshalAs(UnmanagedType.LPWStr)] string existing, IntPtr security);
}
