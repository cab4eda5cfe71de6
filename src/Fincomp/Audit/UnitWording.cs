namespace Fincomp.Audit;

/// <summary>
/// The texts the clerk wrote in the unit file (duties, reasons, self-evaluations), as the report prints them. A
/// placeholder or doubled punctuation the report prints inside one of them is the clerk's (the unit check warns of it
/// at its key), not a defect of fincomp or of a template; one a template adds around a text is still the template's.
/// </summary>
internal sealed class UnitWording
{
    /// <summary>Characters of the printed context on each side of a fragment that must match the clerk's text.</summary>
    private const int Context = 4;

    /// <summary>No texts: every fragment is attributed to the document (a finished document read back).</summary>
    public static readonly UnitWording None = new([]);

    private readonly string[] _texts;

    public UnitWording(IEnumerable<string> texts)
    {
        ArgumentNullException.ThrowIfNull(texts);

        // Markdown emphasis may be markup ("**森林防火**" prints "森林防火") or printed as written: keep both readings.
        _texts = texts.SelectMany(t => new[] { t, t.Replace("*", string.Empty, StringComparison.Ordinal) })
            .Where(t => t.Length > 0).Distinct(StringComparer.Ordinal).ToArray();
    }

    /// <summary>
    /// Whether the fragment of <paramref name="printed"/> at <paramref name="index"/> came verbatim from a clerk's text:
    /// some text holds it with the same characters as printed just before it or just after it (up to a few, as far as
    /// the text reaches). A fragment no text holds whole (a template's "。" after a text that ends with "。") is not the clerk's.
    /// </summary>
    public bool Wrote(string printed, int index, int length)
    {
        ArgumentNullException.ThrowIfNull(printed);
        var fragment = printed.AsSpan(index, length);
        foreach (var text in _texts)
        {
            for (var at = text.AsSpan().IndexOf(fragment, StringComparison.Ordinal); at >= 0; at = Next(text, fragment, at))
            {
                var before = Math.Min(Context, Math.Min(at, index));
                var after = Math.Min(Context, Math.Min(text.Length - at - length, printed.Length - index - length));
                var sameBefore = before > 0 && printed.AsSpan(index - before, before).SequenceEqual(text.AsSpan(at - before, before));
                var sameAfter = after > 0 && printed.AsSpan(index + length, after).SequenceEqual(text.AsSpan(at + length, after));
                if (sameBefore || sameAfter || text.Length == length)
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static int Next(string text, ReadOnlySpan<char> fragment, int at)
    {
        var next = text.AsSpan(at + 1).IndexOf(fragment, StringComparison.Ordinal);
        return next < 0 ? -1 : at + 1 + next;
    }
}
