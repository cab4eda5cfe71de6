namespace Fincomp.IO;

/// <summary>A file that held more bytes than its limit; the read stopped there.</summary>
internal sealed class FileTooLargeException(string path, long limit) : IOException($"{path} 超过 {limit} 字节的上限，不予读取。")
{
    public string Path { get; } = path;

    public long Limit { get; } = limit;
}
