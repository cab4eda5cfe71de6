using Fincomp.IO;
using UglyToad.PdfPig.Exceptions;

namespace Fincomp.Audit.Reading;

/// <summary>
/// What is wrong with a Word or PDF file that cannot be read as a report, in words a clerk can act on: missing, empty,
/// not that kind of file, damaged, encrypted. The first bytes are looked at before the library reads the file, since
/// the libraries' verdicts on an empty or renamed file are English and say nothing a clerk understands.
/// </summary>
internal static class DocumentProblem
{
    private static readonly byte[] ZipSignature = "PK\u0003\u0004"u8.ToArray();
    private static readonly byte[] CompoundSignature = [0xD0, 0xCF, 0x11, 0xE0];

    /// <summary>Throws <see cref="UnreadableDocumentException"/> when <paramref name="stream"/> is empty or does not start like its kind; leaves it at its start.</summary>
    public static void CheckSignature(Stream stream, bool pdf)
    {
        var head = new byte[1024];
        var length = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        stream.Position = 0;
        if (length == 0)
        {
            throw new UnreadableDocumentException("文件是空的（0 字节），请重新导出或重新复制");
        }

        var start = head.AsSpan(0, length);
        if (pdf && start.IndexOf("%PDF-"u8) < 0)
        {
            throw new UnreadableDocumentException("不是 PDF 文档：文件开头没有 PDF 的格式标记，可能是改了扩展名的其他文件，或已损坏");
        }

        if (!pdf && start.StartsWith(CompoundSignature))
        {
            throw new UnreadableDocumentException("是旧版 Word 文件（.doc）或加了密码的 Word 文档：请在 Word 中取消密码后另存为 .docx 再核对");
        }

        if (!pdf && !start.StartsWith(ZipSignature))
        {
            throw new UnreadableDocumentException("不是 Word 文档（.docx）：文件开头没有 Word 文档的格式标记，可能是改了扩展名的文本或其他文件，或已损坏");
        }
    }

    /// <summary>
    /// Throws <see cref="UnreadableDocumentException"/> when the parts of the Word package in <paramref name="stream"/>
    /// would unpack to more than <paramref name="maxBytes"/> (a zip bomb), judged from the zip's directory before any
    /// part is unpacked; leaves the stream at its start.
    /// </summary>
    public static void CheckUnpackedSize(Stream stream, long maxBytes)
    {
        if (ZipSize.Unpacked(stream) > maxBytes)
        {
            throw new UnreadableDocumentException($"Word 文档解压后超过 {maxBytes / (1024 * 1024)} MB，不像一份决算公开报告（可能是压缩炸弹），不予读取");
        }
    }

    /// <summary>Whether <paramref name="exception"/>, thrown reading a Word document, is a verdict on the file rather than a defect of fincomp.</summary>
    public static bool IsAboutWord(Exception exception) =>
        exception is IOException or UnauthorizedAccessException or InvalidDataException or System.Xml.XmlException;

    /// <summary>One sentence without the final 。 saying what is wrong with the Word document.</summary>
    public static string DescribeWord(Exception exception) => exception switch
    {
        UnreadableDocumentException => exception.Message,
        FileTooLargeException tooLarge => TooLarge(tooLarge),
        NotARegularFileException => "这不是普通文件（是设备、管道或文件夹），不予读取",
        _ => FileProblem.Describe(exception, "Word 文档", ".docx") ?? "Word 文档已损坏，请在 Word 中重新保存为 .docx 再核对",
    };

    /// <summary>
    /// One sentence without the final 。 saying what is wrong with the PDF. A damaged PDF fails deep inside the PDF
    /// library with exceptions of many kinds, so every one that is not about the file itself means damaged.
    /// </summary>
    public static string DescribePdf(Exception exception) => exception switch
    {
        UnreadableDocumentException => exception.Message,
        FileTooLargeException tooLarge => TooLarge(tooLarge),
        NotARegularFileException => "这不是普通文件（是设备、管道或文件夹），不予读取",
        PdfDocumentEncryptedException => "PDF 文档加了密码（已加密），无法读出文字：请取消密码后重新导出再核对",
        FileNotFoundException or DirectoryNotFoundException or UnauthorizedAccessException => FileProblem.Describe(exception, "PDF 文档", ".pdf")!,
        _ => "PDF 文档已损坏或不完整（可能在中途截断），请重新导出或重新复制",
    };

    private static string TooLarge(FileTooLargeException exception) =>
        $"文件超过 {exception.Limit / (1024 * 1024)} MB 的上限，不像一份决算公开报告（一份带图表的报告不过几 MB），不予读取：请确认选对了文件";
}
