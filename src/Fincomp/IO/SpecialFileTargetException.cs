namespace Fincomp.IO;

/// <summary>
/// A file to be written is already there as a device, FIFO or socket. Writing replaces a file by renaming a temporary
/// one over it, which for <c>init /dev/full --force</c> run as root would replace the device itself; it is refused.
/// </summary>
internal sealed class SpecialFileTargetException(string path) : IOException($"{path} 是设备、管道或套接字，不是普通文件，不予覆盖。")
{
    public string Path { get; } = path;
}
