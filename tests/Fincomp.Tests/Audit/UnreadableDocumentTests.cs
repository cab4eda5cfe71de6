using System.IO.Compression;
using System.Text;
using Fincomp.Audit;
using Fincomp.Audit.Reading;
using Fincomp.Tests.Support;
using UglyToad.PdfPig.Exceptions;
using Xunit;

namespace Fincomp.Tests.Audit;

/// <summary>
/// A Word or PDF file that cannot be read (FC2000) is said to be missing, empty, not that kind of file, damaged or
/// encrypted, in Chinese: no English text of the zip, XML or PDF library reaches the clerk.
/// </summary>
public sealed class UnreadableDocumentTests : IDisposable
{
    private readonly TemporaryFolder _folder = new("fincomp-unreadable-document-");

    public void Dispose() => _folder.Dispose();

    public static TheoryData<string, string> Files() => new()
    {
        { "empty.docx", "文件是空的" },
        { "text.docx", "不是 Word 文档（.docx）" },
        { "old.docx", "旧版 Word 文件" },
        { "truncated.docx", "压缩包结构不完整" },
        { "broken-xml.docx", "不是完整的 XML" },
        { "missing.docx", "找不到这个文件" },
        { "empty.pdf", "文件是空的" },
        { "text.pdf", "不是 PDF 文档" },
        { "truncated.pdf", "已损坏或不完整" },
        { "missing.pdf", "找不到这个文件" },
    };

    [Theory]
    [MemberData(nameof(Files))]
    public void An_unreadable_document_says_in_chinese_what_is_wrong(string name, string expected)
    {
        var path = Path.Combine(_folder.Path, name);
        if (Bytes(name) is { } bytes)
        {
            File.WriteAllBytes(path, bytes);
        }

        var finding = Assert.Single(DocumentCheck.Check(path));

        Assert.Equal(AuditCodes.Unreadable, finding.Code);
        Assert.Contains(expected, finding.Message, StringComparison.Ordinal);
        Assert.EndsWith("。", finding.Message, StringComparison.Ordinal);
        var words = new[] { "Word", ".docx", ".doc", "PDF", "XML", "_rels/.rels" }.Aggregate(finding.Message, (text, name) => text.Replace(name, "", StringComparison.Ordinal));
        Assert.DoesNotMatch("[A-Za-z]{4,}", words);
    }

    [Theory]
    [InlineData("huge.docx")]
    [InlineData("huge.pdf")]
    public void A_document_over_the_size_limit_is_refused_without_being_read(string name)
    {
        var path = Path.Combine(_folder.Path, name);
        using (var stream = File.Create(path))
        {
            stream.Write(name.EndsWith(".pdf", StringComparison.Ordinal) ? "%PDF-1.4\n"u8 : "PK\u0003\u0004"u8);
            stream.SetLength(DocumentCheck.MaxBytes + 1);
        }

        var finding = Assert.Single(DocumentCheck.Check(path));

        Assert.Equal(AuditCodes.Unreadable, finding.Code);
        Assert.Contains("超过 64 MB 的上限", finding.Message, StringComparison.Ordinal);
        Assert.EndsWith("。", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_word_document_that_unpacks_past_the_limit_is_refused_from_its_directory()
    {
        var path = Path.Combine(_folder.Path, "bomb.docx");
        using (var file = File.Create(path))
        using (var zip = new ZipArchive(file, ZipArchiveMode.Create))
        {
            using var part = zip.CreateEntry("word/document.xml", CompressionLevel.Fastest).Open();
            var zeros = new byte[1024 * 1024];
            for (long written = 0; written <= DocumentCheck.MaxUnpackedBytes; written += zeros.Length)
            {
                part.Write(zeros);
            }
        }

        var finding = Assert.Single(DocumentCheck.Check(path));

        Assert.True(new FileInfo(path).Length < DocumentCheck.MaxBytes);
        Assert.Equal(AuditCodes.Unreadable, finding.Code);
        Assert.Contains("解压后超过 256 MB", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_encrypted_pdf_asks_for_the_password_to_be_removed() =>
        Assert.Contains("加了密码", DocumentProblem.DescribePdf(new PdfDocumentEncryptedException("The document was encrypted.")), StringComparison.Ordinal);

    private static byte[]? Bytes(string name) => name switch
    {
        "empty.docx" or "empty.pdf" => [],
        "text.docx" or "text.pdf" => "这是一段文字，不是报告。"u8.ToArray(),
        "old.docx" => [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0, 0, 0],
        "truncated.docx" => Zip(("word/document.xml", new string('x', 4000)))[..200],
        "broken-xml.docx" => Zip(
            ("_rels/.rels", """<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="r1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>"""),
            ("word/document.xml", """<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p>""")),
        "truncated.pdf" => "%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\n"u8.ToArray(),
        _ => null,
    };

    private static byte[] Zip(params (string Name, string Text)[] entries)
    {
        using var memory = new MemoryStream();
        using (var zip = new ZipArchive(memory, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (entryName, text) in entries)
            {
                using var stream = zip.CreateEntry(entryName, CompressionLevel.NoCompression).Open();
                stream.Write(Encoding.UTF8.GetBytes(text));
            }
        }

        return memory.ToArray();
    }
}
