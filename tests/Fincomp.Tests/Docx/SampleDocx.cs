using Fincomp.Compilation;
using Fincomp.Tests.Support;
using Fincomp.Writers.Docx;

namespace Fincomp.Tests.Docx;

/// <summary>The sample report compiled and written as Word once for the tests that read its XML or render it.</summary>
internal static class SampleDocx
{
    private static readonly Lazy<byte[]> Bytes = new(() =>
    {
        var compiled = ReportCompiler.Compile(TestPaths.LoadSample(), new CompileOptions());
        if (compiled.Document is not { } document)
        {
            throw new InvalidOperationException("The sample does not compile:\n" + string.Join('\n', compiled.Diagnostics));
        }

        using var output = new MemoryStream();
        new DocxWriter(new DocxOptions()).Write(document, output);
        return output.ToArray();
    });

    public static byte[] Value => Bytes.Value;
}
