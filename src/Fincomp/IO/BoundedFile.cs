using System.Runtime.InteropServices;

namespace Fincomp.IO;

/// <summary>
/// Reads input files without trusting them: only a regular file is opened (a FIFO would block forever, /dev/zero
/// never ends), and the read stops at a byte limit counted from the bytes actually read, not from the length the file
/// system reports (which is 0 for devices and can change while reading).
/// </summary>
internal static class BoundedFile
{
    /// <summary>The file's bytes; <see cref="NotARegularFileException"/> or <see cref="FileTooLargeException"/> when it must not be read.</summary>
    public static byte[] Read(string path, long maxBytes)
    {
        if (!IsRegularFile(path))
        {
            throw new NotARegularFileException(path);
        }

        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                throw new FileTooLargeException(path, maxBytes);
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    /// <summary>
    /// Whether <paramref name="path"/> is (or links to) a regular file — not a folder, FIFO, socket or device. .NET
    /// reports all of these as plain files, so on Unix the file type comes from stat(2) through the runtime's own
    /// native shim, whose status layout (flags, then mode) is the same on every platform .NET runs on.
    /// </summary>
    public static bool IsRegularFile(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            return File.Exists(path) && !File.GetAttributes(path).HasFlag(FileAttributes.Device);
        }

        var status = new byte[256];
        if (NativeMethods.Stat(path, status) != 0)
        {
            return false;
        }

        const int FileTypeMask = 0xF000;
        const int RegularFile = 0x8000;
        return (BitConverter.ToInt32(status, 4) & FileTypeMask) == RegularFile;
    }

    private static class NativeMethods
    {
        [DllImport("libSystem.Native", EntryPoint = "SystemNative_Stat", SetLastError = true)]
        public static extern int Stat([MarshalAs(UnmanagedType.LPUTF8Str)] string path, byte[] status);
    }
}
