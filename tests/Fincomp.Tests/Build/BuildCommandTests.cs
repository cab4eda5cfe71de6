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
    public void A_broken_template_exits_with_two_and_leaves_no_file()
    {
        var templates = Directory.CreateDirectory(Path.Combine(_folder.Path, "templates")).FullName;
        File.WriteAllText(Path.Combine(templates, "00-title.scriban"), "{{ no_such_variable }}");
        var output = new StringWriter();
        Assert.Equal(2, FincompApp.Run(["build", TestPaths.Sample("dangqun-2023.yaml"), "--force", "-o", _folder.Path, "--templates", templates], output, new StringWriter()));
        Assert.Contains("00-title.scriban(1,", output.ToString(), StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(_folder.Path));
    }

    private static int Run(params string[] args) => FincompApp.Run(args, new StringWriter(), new StringWriter());
}
