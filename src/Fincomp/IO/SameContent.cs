using System.Security.Cryptography;

namespace Fincomp.IO;

/// <summary>
/// Tells files with the same bytes apart from different files. .NET offers no public way to read a file's identity
/// (device and inode on Unix, volume and file index on Windows), so two names of one file (hard links) are recognised
/// by what they share in every case: the same length and the same SHA-256 of their content. A byte-identical copy is
/// taken as the same file too, which is what a batch wants: it would build the same report and count it twice.
/// </summary>
internal static class SameContent
{
    /// <summary>
    /// <paramref name="files"/> in their order, without any file whose bytes equal an earlier one's. Only files of equal
    /// length are read, so a batch of different units reads nothing; a file that cannot be read is kept, for the reader
    /// to report, and so is every empty file (nothing to count twice, and each is reported as empty).
    /// </summary>
    public static IReadOnlyList<string> Distinct(IReadOnlyList<string> files)
    {
        ArgumentNullException.ThrowIfNull(files);
        var lengths = files.Select(Length).ToList();
        var shared = lengths.Where(l => l > 0).GroupBy(l => l).Where(g => g.Count() > 1).Select(g => g.Key).ToHashSet();
        if (shared.Count == 0)
        {
            return files;
        }

        var seen = new HashSet<(long, string)>();
        var kept = new List<string>(files.Count);
        for (var i = 0; i < files.Count; i++)
        {
            if (lengths[i] is { } length && shared.Contains(length) && Hash(files[i]) is { } hash && !seen.Add((length, hash)))
            {
                continue;
            }

            kept.Add(files[i]);
        }

        return kept;
    }

    private static long? Length(string file)
    {
        try
        {
            return BoundedFile.IsRegularFile(file) ? new FileInfo(file).Length : null;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return null;
        }
    }

    private static string? Hash(string file)
    {
        try
        {
            using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 81920, FileOptions.SequentialScan);
            return Convert.ToHexString(SHA256.HashData(stream));
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
