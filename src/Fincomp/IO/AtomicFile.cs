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
        if (File.Exists(full) && !BoundedFile.IsRegularFile(full))
        {
            throw new SpecialFileTargetException(full);
        }

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

    /// <summary>
    /// The hidden temporary name beside <paramref name="fullPath"/>: recognisable, never mistaken for a report.
    /// The name is cut (on a character boundary) so that it stays within the 255 bytes a file name may have: a report
    /// name of 80 CJK characters (240 bytes) must not fail because its temporary name is longer.
    /// </summary>
    public static string TemporaryNameFor(string fullPath)
    {
        const int MaxNameBytes = 255;
        var suffix = "." + Guid.NewGuid().ToString("N") + ".tmp";
        var name = Path.GetFileName(fullPath);
        var room = MaxNameBytes - 1 - suffix.Length;
        while (Encoding.UTF8.GetByteCount(name) > room)
        {
            name = name[..^(char.IsLowSurrogate(name[^1]) && name.Length > 1 ? 2 : 1)];
        }

        return Path.Combine(Path.GetDirectoryName(fullPath)!, "." + name + suffix);
    }

    /// <summary>
    /// Removes temporary files that a killed run left in <paramref name="folder"/> (a killed process cannot clean up).
    /// Only files of fincomp's own naming and older than <paramref name="age"/> go, so a run writing into the same
    /// folder at this moment keeps its own.
    /// </summary>
    public static int SweepStale(string folder, TimeSpan age, DateTime nowUtc)
    {
        if (!Directory.Exists(folder))
        {
            return 0;
        }

        var swept = 0;
        foreach (var file in Directory.EnumerateFiles(folder, ".*.tmp"))
        {
            if (IsTemporaryName(Path.GetFileName(file)) && nowUtc - File.GetLastWriteTimeUtc(file) > age)
            {
                TryDelete(file);
                swept += File.Exists(file) ? 0 : 1;
            }
        }

        return swept;
    }

    /// <summary>Whether <paramref name="name"/> has the shape of <see cref="TemporaryNameFor"/>: .NAME.32-hex-digits.tmp.</summary>
    public static bool IsTemporaryName(string name)
    {
        if (!name.StartsWith('.') || !name.EndsWith(".tmp", StringComparison.Ordinal))
        {
            return false;
        }

        var stem = name[..^4];
        var dot = stem.LastIndexOf('.');
        return dot > 1 && stem.Length - dot - 1 == 32 && stem[(dot + 1)..].All(Uri.IsHexDigit);
    }

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
