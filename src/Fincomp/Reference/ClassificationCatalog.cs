using System.Collections.Concurrent;
using System.Collections.Immutable;

namespace Fincomp.Reference;

/// <summary>
/// The shipped 科目 tables by year, and the one place that decides which year's tables a unit uses: its own year's
/// when fincomp ships them, otherwise the newest older table (or, before the first shipped year, the oldest table).
/// Which year stood in is visible on the result, so that a unit is never labelled with another year's names silently.
/// Thread-safe; each embedded table is read once per process.
/// </summary>
public static class ClassificationCatalog
{
    /// <summary>A unit whose year has no shipped table: the nearest year's table is used (information).</summary>
    public const string StandInYearCode = "FC0403";

    /// <summary>A code-table extension file named in a unit or manifest that does not exist or cannot be read.</summary>
    public const string ExtensionMissingCode = "FC0404";

    private static readonly ConcurrentDictionary<(string Kind, int Year), Lazy<ClassificationTable>> Embedded = new();

    /// <summary>The years whose tables are shipped, ascending (docs/classification.md names each one's source).</summary>
    public static ImmutableArray<int> Years { get; } = [2023, 2024, 2025, 2026];

    /// <summary>The year whose shipped tables serve <paramref name="year"/>.</summary>
    public static int TableYearFor(int year)
    {
        var older = Years.Where(y => y <= year).ToList();
        return older.Count > 0 ? older[^1] : Years[0];
    }

    /// <summary>The tables for a unit of <paramref name="year"/>, without additions.</summary>
    public static ClassificationTables For(int year) => For(year, []);

    /// <summary>
    /// The tables for a unit of <paramref name="year"/> with <paramref name="extensions"/> merged in order, each into the
    /// table of its kind (a later row replaces an earlier one of the same code). Extensions must have been read for
    /// <see cref="TableYearFor"/>(<paramref name="year"/>).
    /// </summary>
    /// <exception cref="ArgumentException">An extension was read for another year.</exception>
    public static ClassificationTables For(int year, IEnumerable<ClassificationTable> extensions)
    {
        ArgumentNullException.ThrowIfNull(extensions);
        var tableYear = TableYearFor(year);
        var functional = Table(ClassificationTable.FunctionalKind, tableYear);
        var economic = Table(ClassificationTable.EconomicKind, tableYear);
        foreach (var extension in extensions)
        {
            if (extension.Kind == ClassificationTable.FunctionalKind)
            {
                functional = functional.ExtendedWith(extension);
            }
            else
            {
                economic = economic.ExtendedWith(extension);
            }
        }

        return new ClassificationTables(year, functional, economic);
    }

    /// <summary>One shipped table, exactly as embedded.</summary>
    /// <exception cref="ArgumentException">No table of that kind is shipped for <paramref name="year"/>.</exception>
    public static ClassificationTable Table(string kind, int year)
    {
        if (!Years.Contains(year))
        {
            throw new ArgumentException($"No {kind} table is shipped for {year}.", nameof(year));
        }

        return Embedded.GetOrAdd((kind, year), key => new Lazy<ClassificationTable>(() => ClassificationTable.LoadEmbedded(key.Kind, key.Year))).Value;
    }
}
