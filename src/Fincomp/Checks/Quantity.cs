using Fincomp.Diagnostics;
using Fincomp.Model;

namespace Fincomp.Checks;

/// <summary>
/// One side of a comparison: a single written figure or a sum of several, with its value, the interval its rounding
/// allows and the YAML positions of the figures it came from (the first one is where a finding points).
/// </summary>
internal sealed record Quantity(string Label, decimal Value, RoundingInterval Interval, IReadOnlyList<SourceSpan> Spans)
{
    /// <summary>A money figure as written.</summary>
    public static Quantity Of(string label, Money money) => new(label, money.Value, RoundingInterval.Of(money), [money.Span]);

    /// <summary>The sum of money figures; absent figures count as zero and contribute no tolerance.</summary>
    public static Quantity SumOf(string label, IEnumerable<Money?> parts, SourceSpan fallback)
    {
        var value = 0m;
        var interval = RoundingInterval.Exact(0m);
        var spans = new List<SourceSpan>();
        foreach (var part in parts)
        {
            if (part is { } money)
            {
                value += money.Value;
                interval += RoundingInterval.Of(money);
                spans.Add(money.Span);
            }
        }

        if (spans.Count == 0)
        {
            spans.Add(fallback);
        }

        return new Quantity(label, value, interval, spans);
    }

    /// <summary>The sum of money figures that are all written.</summary>
    public static Quantity SumOf(string label, IEnumerable<Money> parts, SourceSpan fallback) =>
        SumOf(label, parts.Select(p => (Money?)p), fallback);

    /// <summary>An exact figure (score, weight) at a position.</summary>
    public static Quantity Exact(string label, decimal value, SourceSpan span) =>
        new(label, value, RoundingInterval.Exact(value), [span]);

    /// <summary>The sum of two quantities (for totals built from subtotals).</summary>
    public Quantity Plus(Quantity other, string label) =>
        new(label, Value + other.Value, Interval + other.Interval, [.. Spans, .. other.Spans]);
}
