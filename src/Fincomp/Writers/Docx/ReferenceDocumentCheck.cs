using System.Collections.Concurrent;
using System.Xml;
using DocumentFormat.OpenXml.Packaging;
using Fincomp.IO;

namespace Fincomp.Writers.Docx;

/// <summary>
/// Validates a bureau's reference document (<c>--reference-doc</c>) once, before any report is written: a regular file
/// of bounded size, a zip whose parts unpack to a bounded size (a zip bomb is refused from its directory, not by
/// running out of memory), a Word package with a main document part, and parts whose XML reads. Every problem is a
/// message about the reference document, instead of an out-of-memory crash, an internal error or a failure blamed
/// on the output file.
/// </summary>
internal static class ReferenceDocumentCheck
{
    /// <summary>A template .docx is tens of kilobytes; a few megabytes with a logo.</summary>
    public const long MaxBytes = 32L * 1024 * 1024;

    /// <summary>What its parts may unpack to: far above a real template, far below what would strain a build machine.</summary>
    public const long MaxUnpackedBytes = 128L * 1024 * 1024;

    private static readonly ConcurrentDictionary<(string Path, DateTime Written, long Length), string?> Checked = new();

    /// <summary>Null when the file can serve as reference document, otherwise why not (Chinese, naming the file).</summary>
    public static string? Problem(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        try
        {
            var info = new FileInfo(path);
            return Checked.GetOrAdd((RealPath.Of(path), info.LastWriteTimeUtc, info.Exists ? info.Length : -1), _ => Check(path));
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return $"无法读取参考文档 {path}：{exception.Message}";
        }
    }

    private static string? Check(string path)
    {
        byte[] bytes;
        try
        {
            bytes = BoundedFile.Read(path, MaxBytes);
        }
        catch (NotARegularFileException)
        {
            return $"参考文档 {path} 不是普通文件（是设备、管道或文件夹）。";
        }
        catch (FileTooLargeException)
        {
            return $"参考文档 {path} 超过 {MaxBytes / (1024 * 1024)} MB，不像 Word 模板。";
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return $"无法读取参考文档 {path}：{exception.Message}";
        }

        if (bytes.Length == 0)
        {
            return $"参考文档 {path} 是空文件，不是 Word 文档（.docx）。";
        }

        try
        {
            if (ZipSize.Unpacked(new MemoryStream(bytes, writable: false)) > MaxUnpackedBytes)
            {
                return $"参考文档 {path} 解压后超过 {MaxUnpackedBytes / (1024 * 1024)} MB，不像 Word 模板（可能是压缩炸弹）。";
            }

            using var document = WordprocessingDocument.Open(new MemoryStream(bytes, writable: false), false);
            if (document.MainDocumentPart is not { } main || main.Document?.Body is null)
            {
                return $"参考文档 {path} 缺少正文部件（word/document.xml），不是完整的 Word 文档。";
            }

            // Reading every part the writer copies surfaces bad XML here, not half-way through writing a report.
            _ = main.StyleDefinitionsPart?.Styles?.ChildElements.Count;
            _ = main.DocumentSettingsPart?.Settings?.ChildElements.Count;
            _ = main.ThemePart?.Theme?.ChildElements.Count;
            _ = main.NumberingDefinitionsPart?.Numbering?.ChildElements.Count;
            _ = main.FontTablePart?.Fonts?.ChildElements.Count;
            return null;
        }
        catch (Exception exception) when (exception is InvalidDataException or OpenXmlPackageException or FileFormatException or XmlException or IOException or NotSupportedException or InvalidOperationException or ArgumentException)
        {
            return $"参考文档 {path} 不是可用的 Word 文档（.docx）：{exception.Message}";
        }
    }
}
