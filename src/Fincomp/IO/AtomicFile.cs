using System.Text;

namespace Fincomp.IO;

/// <summary>
/// Writes a file so that readers see either the previous file or the whole new one, never a half-written one: the
/// content goes to a hidden temporary file in the same folder (same volume, so the rename is atomic), is flushed to
/// disk, and only then replaces the target. A build killed half-way leaves the previous good report in place.
/// </summary>
public static class AtomicFile
{
    /// <summary>Writes through <paramref name="write"/>; with <paramref name="overwrite"/> false an existing file is an IOException.</summary>
    public static void Write(string path, Action<Stream> write, bool overwrite = true)
    {
        var full = Path.GetFullPath(path);
        var folder = Path.GetDirectoryName(full)!;
        Directory.CreateDirectory(folder);
        var temporary = TemporaryNameFor(full);
        try
        {
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                write(stream);
                stream.Flush(flushToDisk: true);
            }

            File.Move(temporary, full, overwrite);
        }
        finally
        {
            TryDelete(temporary);
        }
    }

    /// <summary>Writes UTF-8 text without a byte-order mark.</summary>
    public static void WriteText(string path, string text, bool overwrite) =>
        Write(path, stream => stream.Write(new UTF8Encoding(false).GetBytes(text)), overwrite);

    /// <summary>The hidden temporary name beside <paramref name="fullPath"/>: recognisable, never mistaken for a report.</summary>
    public static string TemporaryNameFor(string fullPath) =>
        Path.Combine(Path.GetDirectoryName(fullPath)!, "." + Path.GetFileName(fullPath) + "." + Guid.NewGuid().ToString("N") + ".tmp");

    private static void TryDelete(string path)
    {
        try
        {
            if (File.Exists(path))
            {
                File.Delete(path);
            }
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // Nothing more can be done; the name starts with "." and ends in .tmp, so it is recognisable.
        }
    }
}
