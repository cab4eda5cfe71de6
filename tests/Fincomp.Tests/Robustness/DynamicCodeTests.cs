using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text.Json;
using Fincomp.Cli;
using Fincomp.Tests.Support;
using Xunit;

namespace Fincomp.Tests.Robustness;

/// <summary>
/// The program runs without dynamic code (no emitted reflection stubs, interpreted expression trees and regular
/// expressions), which saves compiling hundreds of stubs at start; its reports must be the bytes that the same build
/// gives with dynamic code, as here in the test process.
/// </summary>
public sealed class DynamicCodeTests : IDisposable
{
    private const string Switch = "System.Runtime.CompilerServices.RuntimeFeature.IsDynamicCodeSupported";

    private readonly TemporaryFolder _folder = new("fincomp-dynamic-code-");

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void The_program_runs_without_dynamic_code()
    {
        var configuration = Path.ChangeExtension(CliProcess.Dll, ".runtimeconfig.json");
        using var json = JsonDocument.Parse(File.ReadAllText(configuration));
        var properties = json.RootElement.GetProperty("runtimeOptions").GetProperty("configProperties");

        Assert.True(properties.TryGetProperty(Switch, out var value), $"{Switch} is not set in {configuration}");
        Assert.False(value.GetBoolean());
    }

    [Fact]
    public void Reports_without_dynamic_code_are_the_bytes_built_with_it()
    {
        Assert.True(RuntimeFeature.IsDynamicCodeSupported, "the test process itself must run with dynamic code");
        var sample = TestPaths.Sample("dangqun-2023.yaml");
        var child = Path.Combine(_folder.Path, "child");
        var here = Path.Combine(_folder.Path, "here");

        var (childCode, printed) = CliProcess.Run(["build", sample, "-o", child, "--force", "-f", "docx,html,xlsx"]);
        using var writer = new StringWriter();
        var code = FincompApp.Run(["build", sample, "-o", here, "--force", "-f", "docx,html,xlsx"], writer, writer);

        Assert.Equal(code, childCode);
        Assert.True(code <= 1, printed);
        foreach (var name in new[] { "dangqun-2023.docx", "dangqun-2023.html", "dangqun-2023.xlsx" })
        {
            Assert.Equal(Hash(Path.Combine(here, name)), Hash(Path.Combine(child, name)));
        }
    }

    private static string Hash(string path) => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(path)));
}
