using System.IO.Compression;

namespace Fincomp.IO;

/// <summary>
/// Re-packs a package so that the same document always gives the same bytes: entries in a fixed order
/// ([Content_Types].xml, then the package relationships, then the parts by name) and one fixed timestamp, since the
/// packaging library stamps entries with the current time.
/// </summary>
internal static class DeterministicZip
{
    private static readonly DateTimeOffset FixedTime = new(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static void Repack(Stream package, Stream output)
    {
        package.Position = 0;
        using var source = new ZipArchive(package, ZipArchiveMode.Read, leaveOpen: true);
        using var target = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
        foreach (var entry in source.Entries.OrderBy(Rank).ThenBy(e => e.FullName, StringComparer.Ordinal))
        {
            var copy = target.CreateEntry(entry.FullName, LevelFor(entry.FullName));
            copy.LastWriteTime = FixedTime;
            using var from = entry.Open();
            using var to = copy.Open();
            from.CopyTo(to);
        }
    }

    /// <summary>
    /// Pictures are already compressed, so deflating them again costs time and saves nothing; the XML parts compress
    /// well at the fastest level, which is most of the gain for a fraction of the time.
    /// </summary>
    private static CompressionLevel LevelFor(string name) =>
        name.EndsWith(".png", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".jpeg", StringComparison.OrdinalIgnoreCase)
            ? CompressionLevel.NoCompression
            : CompressionLevel.Fastest;

    private static int Rank(ZipArchiveEntry entry) => entry.FullName switch
    {
        "[Content_Types].xml" => 0,
        "_rels/.rels" => 1,
        _ => 2,
    };
}
