using System.Collections.Concurrent;
using ScottPlot;
using SkiaSharp;

namespace Fincomp.Charts;

/// <summary>
/// Hands ScottPlot the typefaces fincomp loaded itself (the shipped font from the assembly, a <c>--chart-font</c> file),
/// by their private names, so no text ever falls back to whatever fonts the machine has. It is registered with
/// ScottPlot once; later fonts are added to its own thread-safe map, never to ScottPlot's shared list.
/// </summary>
internal sealed class ChartFontResolver : IFontResolver
{
    private readonly ConcurrentDictionary<string, SKTypeface> _typefaces = new(StringComparer.Ordinal);

    /// <summary>Adds a typeface under <paramref name="name"/> unless one is already there; the first one wins.</summary>
    public void Add(string name, Func<SKTypeface> load) => _typefaces.GetOrAdd(name, _ => load());

    public bool Knows(string name) => _typefaces.ContainsKey(name);

    /// <summary>The typeface added under <paramref name="name"/>.</summary>
    public SKTypeface Typeface(string name) => _typefaces[name];

    public SKTypeface? CreateTypeface(string fontName, FontWeight weight, FontSlant slant, FontSpacing spacing) =>
        _typefaces.TryGetValue(fontName, out var typeface) ? typeface : null;

    public SKTypeface? CreateTypeface(string fontName, bool bold, bool italic) =>
        _typefaces.TryGetValue(fontName, out var typeface) ? typeface : null;
}
