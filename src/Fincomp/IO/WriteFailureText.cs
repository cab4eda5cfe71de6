namespace Fincomp.IO;

/// <summary>
/// Why a file could not be written, in Chinese. .NET's messages are English and name error numbers; a clerk needs to
/// know whether to free disk space, choose another folder or shorten a name. On Unix the runtime puts the raw errno in
/// <see cref="Exception.HResult"/> of the <see cref="IOException"/>s it has no own type for; Windows uses its codes.
/// </summary>
public static class WriteFailureText
{
    private const int AlreadyExists = 17;
    private const int NotADirectory = 20;
    private const int IsADirectory = 21;
    private const int NoSpace = 28;
    private const int ReadOnlyFileSystem = 30;
    private const int NameTooLong = 36;
    private const int QuotaExceeded = 122;
    private const int WindowsDiskFull = unchecked((int)0x80070070);
    private const int WindowsHandleDiskFull = unchecked((int)0x80070027);
    private const int WindowsWriteProtected = unchecked((int)0x80070013);

    /// <summary>The reason in a few Chinese words (no final 。), the error number in brackets for a case not named here.</summary>
    public static string Reason(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return exception switch
        {
            PathTooLongException => "路径或文件名过长",
            SpecialFileTargetException => "这个位置是设备、管道或套接字，不是普通文件，不予覆盖",
            UnauthorizedAccessException => "没有写入权限（文件夹只读，或文件正被其他程序占用）",
            DirectoryNotFoundException => "所在文件夹不存在，也无法新建",
            IOException { HResult: NoSpace or QuotaExceeded or WindowsDiskFull or WindowsHandleDiskFull } => "磁盘空间不足",
            IOException { HResult: ReadOnlyFileSystem or WindowsWriteProtected } => "所在的磁盘或文件系统只读",
            IOException { HResult: NameTooLong } => "路径或文件名过长",
            IOException { HResult: NotADirectory } => "路径中有一段是文件，不是文件夹",
            // Creating the folders of a path one of whose folders is a file (--summary afile/s.csv) fails so.
            IOException { HResult: AlreadyExists } => "路径中有同名的文件挡住了要新建的文件夹（或文件已存在）",
            IOException { HResult: IsADirectory } => "这个位置已有同名的文件夹",
            // The runtime's own text is English and names the temporary file beside the target, not the user's path.
            FileNotFoundException => "无法在这个位置新建文件（该文件夹不允许新建文件）",
            IOException => $"写入出错（系统错误号 {exception.HResult}）",
            _ => "写入出错",
        };
    }
}
