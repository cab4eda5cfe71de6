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

    public static byte[] Write(string sample) => WriteFile(TestPaths.Sample(sample));

    /// <summary>The Word file of the unit at <paramref name="path"/> (a sample or a test's own unit).</summary>
    public static byte[] WriteFile(string path)
    {
        var loaded = new UnitLoader().Load(path);
        Assert.True(loaded.Succeeded, string.Join("\n", loaded.Diagnostics));
        var compiled = ReportCompiler.Compile(loaded.Unit!, new CompileOptions());
        var document = compiled.Document ?? throw new InvalidOperationException($"{path} does not compile:\n" + string.Join('\n', compiled.Diagnostics));
        using var output = new MemoryStream();
        new DocxWriter(new DocxOptions()).Write(document, output);
        return output.ToArray();
    }
}
