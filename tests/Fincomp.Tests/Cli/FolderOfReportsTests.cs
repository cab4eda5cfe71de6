using System.Text.Json;
using Fincomp.Batch;
using Fincomp.Cli;
using Fincomp.Tests.Audit;
using Fincomp.Tests.Checks;
using Fincomp.Tests.Support;
using Xunit;

namespace Fincomp.Tests.Cli;

/// <summary>
/// <c>fincomp check FOLDER</c> audits the finished reports (.docx, .pdf) in the folder beside its unit files: each file
/// is one input with its own findings and its own place in the totals line; Word's lock files are not inputs.
/// </summary>
public sealed class FolderOfReportsTests : IDisposable
{
    private readonly TemporaryFolder _folder = new("fincomp-folder-of-reports-");

    public void Dispose() => _folder.Dispose();

    /// <summary>
    /// good.yaml and the good.docx built from it (both clean), sample.docx (the sample's report with the published
    /// original's errors), damaged.pdf (not a PDF), and a Word lock file ~$good.docx.
    /// </summary>
    private string Folder()
    {
        var unit = Path.Combine(_folder.Path, "good.yaml");
        File.WriteAllText(unit, ConsistentUnit.Yaml);
        var built = FincompApp.Run(["build", unit, "-o", _folder.Path], new StringWriter(), new StringWriter());
        Assert.Equal(0, built);
        File.WriteAllBytes(Path.Combine(_folder.Path, "sample.docx"), PlantedDocx.Built.Value);
        File.WriteAllText(Path.Combine(_folder.Path, "damaged.pdf"), "不是 PDF");
        File.WriteAllText(Path.Combine(_folder.Path, "~$good.docx"), "锁");
        return _folder.Path;
    }

    [Fact]
    public void Every_unit_file_and_report_is_checked_and_counted()
    {
        var folder = Folder();
        var output = new StringWriter();

        var code = FincompApp.Run(["check", folder], output, output);

        var text = output.ToString();
        Assert.Equal(2, code);
        Assert.Contains("4 个文件：2 通过 · 1 有错误 · 1 无法读取", text, StringComparison.Ordinal);
        Assert.Contains(Path.Combine(folder, "damaged.pdf") + "(1,1): error FC2000", text, StringComparison.Ordinal);
        Assert.Contains(Path.Combine(folder, "sample.docx") + "(", text, StringComparison.Ordinal);
        Assert.DoesNotContain("~$", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_unit_file_and_its_built_report_are_two_inputs_each_with_its_status()
    {
        var folder = Folder();
        var output = new StringWriter();

        FincompApp.Run(["check", folder, "-f", "json"], output, new StringWriter());

        using var json = JsonDocument.Parse(output.ToString());
        var statuses = json.RootElement.GetProperty("files").EnumerateArray()
            .ToDictionary(f => Path.GetFileName(f.GetProperty("file").GetString()!), f => f.GetProperty("status").GetString());
        Assert.Equal(
            new Dictionary<string, string?> { ["damaged.pdf"] = "unreadable", ["good.docx"] = "passed", ["good.yaml"] = "passed", ["sample.docx"] = "failed" },
            statuses);
    }

    [Fact]
    public void A_pattern_selects_reports_for_check_but_build_reads_only_unit_files()
    {
        var folder = Folder();

        Assert.Equal(["good.docx", "sample.docx"], InputSelection.Expand([Path.Combine(folder, "*.docx")], withReports: true).Select(Path.GetFileName));
        Assert.Equal(["good.yaml"], InputSelection.Expand([folder]).Select(Path.GetFileName));
    }
}
