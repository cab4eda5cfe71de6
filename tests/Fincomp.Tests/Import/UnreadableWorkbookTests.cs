using System.IO.Compression;
using System.Text;
using ExcelDataReader.Exceptions;
using Fincomp.Diagnostics;
using Fincomp.Import;
using Fincomp.Tests.Support;
using Xunit;

namespace Fincomp.Tests.Import;

/// <summary>
/// A file that cannot be read as a workbook (FC0301) is named, and what is wrong with it is said in Chinese: not a
/// workbook, damaged, truncated, encrypted. No English text of the reader or of .NET reaches the clerk.
/// </summary>
public sealed class UnreadableWorkbookTests : IDisposable
{
    private readonly TemporaryFolder _directory = new("fincomp-unreadable-");

    public void Dispose() => _directory.Dispose();

    public static TheoryData<string, string> Files() => new()
    {
        { "csv", "不是 Excel 工作簿" },
        { "pdf", "不是 Excel 工作簿" },
        { "empty", "不是 Excel 工作簿" },
        { "truncated-xlsx", "压缩包结构不完整" },
        { "broken-xml", "不是完整的 XML" },
        { "xls-header-only", "或已损坏" },
    };

    [Theory]
    [MemberData(nameof(Files))]
    public void A_file_that_is_no_readable_workbook_is_named_with_what_is_wrong(string kind, string expected)
    {
        var path = Path.Combine(_directory.Path, $"{kind}.xlsx");
        File.WriteAllBytes(path, Bytes(kind));
        var diagnostics = new DiagnosticBag();

        var sheets = WorkbookReader.Read(path, diagnostics);

        Assert.Null(sheets);
        var error = Assert.Single(diagnostics.Items);
        Assert.Equal((ImportCodes.Unreadable, path), (error.Code, error.Span.File));
        Assert.StartsWith($"无法读取工作簿 {kind}.xlsx：", error.Message, StringComparison.Ordinal);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        // No English text of the reader or of .NET: only the file name and the format names are Latin letters.
        var words = error.Message.Replace($"{kind}.xlsx", "", StringComparison.Ordinal);
        Assert.DoesNotMatch("[A-Za-z]{4,}", string.Join("", new[] { ".xlsx", ".xls", "Excel", "CSV", "XML" }.Aggregate(words, (text, name) => text.Replace(name, "", StringComparison.Ordinal))));
    }

    [Fact]
    public void An_encrypted_workbook_asks_for_the_password_to_be_removed() =>
        Assert.Contains("加了密码", WorkbookProblem.Describe(new InvalidPasswordException("Invalid password.")), StringComparison.Ordinal);

    [Fact]
    public void A_missing_file_is_named_as_missing()
    {
        var diagnostics = new DiagnosticBag();

        WorkbookReader.Read(Path.Combine(_directory.Path, "没有.xlsx"), diagnostics);

        Assert.Contains("找不到这个文件", Assert.Single(diagnostics.Items).Message, StringComparison.Ordinal);
    }

    private static byte[] Bytes(string kind) => kind switch
    {
        "csv" => Encoding.UTF8.GetBytes("单位,金额\n党群工作部,340\n"),
        "pdf" => Encoding.ASCII.GetBytes("%PDF-1.7\n%âãÏÓ\n1 0 obj\n<<>>\nendobj\n%%EOF\n"),
        "empty" => [],
        "truncated-xlsx" => Zip(("xl/workbook.xml", "<workbook/>"))[..40],
        "broken-xml" => Zip(
            ("[Content_Types].xml", "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"xml\" ContentType=\"application/xml\"/></Types>"),
            ("_rels/.rels", "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>"),
            ("xl/workbook.xml", "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheets><sheet name=\"公开01表\"")),
        // The compound-file signature of .xls, then nothing a compound file needs.
        _ => [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, .. new byte[504]],
    };

    private static byte[] Zip(params (string Name, string Text)[] entries)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, text) in entries)
            {
                using var stream = zip.CreateEntry(name).Open();
                stream.Write(Encoding.UTF8.GetBytes(text));
            }
        }

        return buffer.ToArray();
    }
}
