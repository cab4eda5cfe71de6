using Fincomp.Compilation;
using Fincomp.Input;
using Fincomp.Tests.Support;
using Fincomp.Writers.Docx;
using Xunit;

namespace Fincomp.Tests.Docx;

/// <summary>
/// The Word file of any sample unit (the seed, the Shanghai sample, the park's units), compiled and written the way
/// <c>fincomp build</c> writes it, for the tests that read table and page layout from the XML or from a rendering.
/// </summary>
internal static class BuiltUnitDocx
{
    /// <summary>Every sample unit, as paths under samples/: the seed, the Shanghai sample and the park's units.</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        "dangqun-2023.yaml", "shanghai-2024.yaml",
        .. Directory.EnumerateFiles(TestPaths.Sample("park"), "*.yaml").Select(p => "park/" + Path.GetFileName(p)).Order(StringComparer.Ordinal),
    ];

    public static byte[] Write(string sample)
    {
        var loaded = new UnitLoader().Load(TestPaths.Sample(sample));
        Assert.True(loaded.Succeeded, string.Join("\n", loaded.Diagnostics));
        var compiled = ReportCompiler.Compile(loaded.Unit!, new CompileOptions());
        var document = compiled.Document ?? throw new InvalidOperationException($"{sample} does not compile:\n" + string.Join('\n', compiled.Diagnostics));
        using var output = new MemoryStream();
        new DocxWriter(new DocxOptions()).Write(document, output);
        return output.ToArray();
    }
}
