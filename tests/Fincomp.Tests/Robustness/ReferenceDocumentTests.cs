using System.IO.Compression;
using System.Text;
using Fincomp.Cli;
using Fincomp.Tests.Support;
using Xunit;

namespace Fincomp.Tests.Robustness;

/// <summary>
/// A reference document that is not a usable Word file is reported as such (FC0911, naming it), before anything is
/// written: never an out-of-memory crash, an internal error, or a write failure blamed on the report.
/// </summary>
public sealed class ReferenceDocumentTests : IDisposable
{
    private readonly TemporaryFolder _folder = new("fincomp-reference-");

    public void Dispose() => _folder.Dispose();

    public static TheoryData<string> Kinds() => ["empty", "random", "zip-without-document", "bad-xml", "zip-bomb", "text"];

    [Theory]
    [MemberData(nameof(Kinds))]
    public void An_unusable_reference_document_is_reported_about_itself(string kind)
    {
        var reference = Path.Combine(_folder.Path, kind + ".docx");
        Make(kind, reference);
        var output = Path.Combine(_folder.Path, "out");

        var writer = new StringWriter();
        var allocated = GC.GetTotalAllocatedBytes();
        var code = HangGuard.Run(() => FincompApp.Run(["build", TestPaths.Sample("dangqun-2023.yaml"), "-o", output, "--force", "--reference-doc", reference], writer, writer), kind);
        var text = writer.ToString();

        // A reference document that cannot be used is a template-side failure (exit code 4), not an unreadable unit.
        Assert.Equal(4, code);
        Assert.Contains("FC0911", text, StringComparison.Ordinal);
        Assert.Contains($"参考文档 {reference}", text, StringComparison.Ordinal);
        Assert.DoesNotContain("内部错误", text, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(output, "dangqun-2023.docx")));
        Assert.True(GC.GetTotalAllocatedBytes() - allocated < 1_000_000_000, "the check must not unpack the bomb");
    }

    private static void Make(string kind, string path)
    {
        switch (kind)
        {
            case "empty":
                File.WriteAllBytes(path, []);
                break;
            case "random":
                var bytes = new byte[4096];
                new Random(17).NextBytes(bytes);
                File.WriteAllBytes(path, bytes);
                break;
            case "text":
                File.WriteAllText(path, "这不是 Word 文档");
                break;
            case "zip-without-document":
                Zip(path, ("[Content_Types].xml", Encoding.UTF8.GetBytes("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>")));
                break;
            case "bad-xml":
                using (var source = new MemoryStream(File.ReadAllBytes(Path.Combine(TestPaths.RepositoryRoot, "templates", "reference.docx"))))
                {
                    using (var zip = new ZipArchive(source, ZipArchiveMode.Update, leaveOpen: true))
                    {
                        var styles = zip.GetEntry("word/styles.xml")!;
                        styles.Delete();
                        using var stream = zip.CreateEntry("word/styles.xml").Open();
                        stream.Write(Encoding.UTF8.GetBytes("<w:styles xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:style"));
                    }

                    File.WriteAllBytes(path, source.ToArray());
                }

                break;
            case "zip-bomb":
                Zip(path, ("word/document.xml", new byte[200 * 1024 * 1024]));
                break;
        }
    }

    private static void Zip(string path, params (string Name, byte[] Content)[] entries)
    {
        using var file = File.Create(path);
        using var zip = new ZipArchive(file, ZipArchiveMode.Create);
        foreach (var (name, content) in entries)
        {
            using var stream = zip.CreateEntry(name, CompressionLevel.Fastest).Open();
            stream.Write(content);
        }
    }
}
