using System.Xml;

namespace Fincomp.IO;

/// <summary>
/// What is wrong with a file that could not be opened or unpacked, in Chinese: the failures every reader of a zipped
/// XML package (workbooks, Word documents) shares. .NET's own messages are English and never reach the clerk.
/// </summary>
internal static class FileProblem
{
    /// <summary>
    /// One sentence without the final 。 for <paramref name="exception"/>, naming the file as <paramref name="kind"/>
    /// (工作簿, Word 文档) with <paramref name="extension"/>; null when the exception is none of the shared cases.
    /// </summary>
    public static string? Describe(Exception exception, string kind, string extension) => exception switch
    {
        FileNotFoundException or DirectoryNotFoundException => "找不到这个文件",
        UnauthorizedAccessException => "没有读取这个文件的权限",
        EndOfStreamException => $"{kind}不完整（文件在中途截断），请重新导出或重新复制",
        InvalidDataException => $"{kind}已损坏：{extension} 文件的压缩包结构不完整，请重新导出",
        XmlException => $"{kind}已损坏：{extension} 文件中的内容不是完整的 XML，请重新导出",
        FileTooLargeException => "文件过大，不予读取",
        IOException => "读取文件时出错，请确认文件没有被其他程序占用",
        _ => null,
    };
}
