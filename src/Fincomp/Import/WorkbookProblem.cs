using System.Xml;
using ExcelDataReader.Exceptions;
using Fincomp.IO;

namespace Fincomp.Import;

/// <summary>
/// What is wrong with a file that cannot be read as a workbook, in words a clerk can act on (re-export it, remove the
/// password, save it as .xlsx), from the exception the reader threw; ExcelDataReader's and .NET's messages are English.
/// </summary>
internal static class WorkbookProblem
{
    /// <summary>Whether <paramref name="exception"/> is the reader's verdict on the file, not a defect of fincomp.</summary>
    public static bool IsAbout(Exception exception) =>
        exception is IOException or UnauthorizedAccessException or NotSupportedException or InvalidOperationException
            or ArgumentException or FormatException or IndexOutOfRangeException or InvalidDataException or XmlException
            or ExcelReaderException or System.Text.DecoderFallbackException;

    /// <summary>One sentence: what is wrong and what to do, without the final 。.</summary>
    public static string Describe(Exception exception) => exception switch
    {
        InvalidPasswordException => "工作簿加了密码（已加密），无法读取：请在电子表格程序中取消密码后另存为 .xlsx 再导入",
        HeaderException => "不是 Excel 工作簿（.xlsx 或 .xls）：文件开头没有工作簿的格式标记，可能是改了扩展名的 CSV、文本或其他文件，或已损坏",
        CompoundDocumentException => "工作簿已损坏：.xls 文件的内部结构不完整，请重新导出",
        NotSupportedException => "工作簿的格式或加密方式不受支持，请在电子表格程序中另存为 .xlsx 再导入",
        _ => FileProblem.Describe(exception, "工作簿", ".xlsx") ?? "工作簿已损坏或格式不受支持，请在电子表格程序中另存为 .xlsx 再导入",
    };
}
