namespace Fincomp.IO;

/// <summary>A path that names a FIFO, device, socket or folder where a file was expected; it was not opened.</summary>
internal sealed class NotARegularFileException(string path) : IOException($"{path} 不是普通文件（是设备、管道或文件夹），不予读取。")
{
    public string Path { get; } = path;
}
