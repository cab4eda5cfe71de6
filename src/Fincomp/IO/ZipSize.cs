using System.IO.Compression;

namespace Fincomp.IO;

/// <summary>
/// How large a zip package (a .docx) would be unpacked, read from its directory before any part is unpacked: the
/// one measure every reader of a clerk's Word file uses to refuse a zip bomb.
/// </summary>
public static class ZipSize
{
    /// <summary>The declared unpacked size of every entry of the zip in <paramref name="stream"/>; leaves the stream at its start.</summary>
    public static long Unpacked(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        long unpacked;
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true))
        {
            unpacked = zip.Entries.Sum(e => e.Length);
        }

        stream.Position = 0;
        return unpacked;
    }
}
