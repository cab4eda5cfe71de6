namespace Fincomp.Diagnostics;

/// <summary>
/// Finds the known word a misspelt one most likely meant, by edit distance: a YAML key, a command, a 科目 code. It sits
/// with the diagnostics because every stage that reports a misspelling suggests with it.
/// </summary>
public static class KeySuggestion
{
    public static string? Closest(string written, IEnumerable<string> known)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in known.Order(StringComparer.Ordinal))
        {
            var distance = Distance(written, candidate);
            if (distance < bestDistance)
            {
                best = candidate;
                bestDistance = distance;
            }
        }

        return bestDistance <= Math.Max(2, written.Length / 3) ? best : null;
    }

    /// <summary>Levenshtein distance; <see cref="int.MaxValue"/> past 64 characters, where no typo is plausible.</summary>
    internal static int Distance(string a, string b)
    {
        if (a.Length > 64 || b.Length > 64)
        {
            return int.MaxValue;
        }

        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
