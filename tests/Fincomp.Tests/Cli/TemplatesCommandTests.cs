using DocumentFormat.OpenXml.Packaging;
using Fincomp.Cli;
using Fincomp.Tests.Support;
using Xunit;

namespace Fincomp.Tests.Cli;

/// <summary><c>fincomp templates</c> hands a bureau the built-in templates to adapt, exactly as the tool uses them.</summary>
public sealed class TemplatesCommandTests : IDisposable
{
    private readonly TemporaryFolder _folder = new("fincomp-templates-");

    public void Dispose() => _folder.Dispose();

    [Theory]
    [InlineData(null, "sichuan")]
    [InlineData("sichuan", "sichuan")]
    [InlineData("shanghai", "shanghai")]
    public void The_exported_files_are_the_built_in_ones_of_the_pack(string? pack, string folder)
    {
        Assert.Equal(0, pack is null ? Run("templates", "-o", _folder.Path) : Run("templates", "-o", _folder.Path, "--pack", pack));

        var shipped = Directory.GetFiles(Path.Combine(TestPaths.RepositoryRoot, "templates", folder))
            .Append(Path.Combine(TestPaths.RepositoryRoot, "templates", "reference.docx"))
            .ToList();
        Assert.Equal(shipped.Select(Path.GetFileName).Order(StringComparer.Ordinal), Directory.GetFiles(_folder.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.All(shipped, file => Assert.Equal(File.ReadAllBytes(file), File.ReadAllBytes(Path.Combine(_folder.Path, Path.GetFileName(file)))));
    }

    [Fact]
    public void Existing_files_are_kept_unless_forced()
    {
        Run("templates", "-o", _folder.Path);
        File.WriteAllText(Path.Combine(_folder.Path, "00-title.scriban"), "改过的");

        Assert.Equal(3, Run("templates", "-o", _folder.Path));
        Assert.Equal("改过的", File.ReadAllText(Path.Combine(_folder.Path, "00-title.scriban")));
        Assert.Equal(0, Run("templates", "-o", _folder.Path, "--force"));
        Assert.NotEqual("改过的", File.ReadAllText(Path.Combine(_folder.Path, "00-title.scriban")));
    }

    [Fact]
    public void An_edited_export_drives_the_build()
    {
        Run("templates", "-o", _folder.Path);
        var profile = Path.Combine(_folder.Path, "01-profile.scriban");
        File.WriteAllText(profile, "本段由园区模板改写。\n" + File.ReadAllText(profile));
        var output = Directory.CreateDirectory(Path.Combine(_folder.Path, "out")).FullName;

        var code = Run("build", Path.Combine(TestPaths.RepositoryRoot, "samples", "park", "yingji-2023.yaml"), "-o", output,
            "--templates", _folder.Path, "--reference-doc", Path.Combine(_folder.Path, "reference.docx"));

        Assert.Equal(0, code);
        using var document = WordprocessingDocument.Open(Path.Combine(output, "yingji-2023.docx"), false);
        Assert.Contains("本段由园区模板改写。", document.MainDocumentPart!.Document!.Body!.InnerText);
    }

    [Fact]
    public void An_unknown_pack_is_refused_in_Chinese()
    {
        var error = new StringWriter();
        Assert.Equal(2, FincompApp.Run(["templates", "-o", _folder.Path, "--pack", "beijing"], new StringWriter(), error));
        Assert.Contains("--pack 只能是 sichuan、shanghai", error.ToString(), StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(_folder.Path));
    }

    private static int Run(params string[] args) => FincompApp.Run(args, new StringWriter(), new StringWriter());
}
