using Fincomp.Model;

namespace Fincomp.Derivation;

/// <summary>
/// The one policy for every total: where a printed total is given and lies within the rounding interval of its parts,
/// the printed total is the figure of record, the value the table row, the text, the year-on-year change, the share
/// denominators, the charts and the summary all use (it was rounded once from 元, the sum of its parts N times, and it
/// is what the official table shows). A printed total outside the interval is an error the checker reports, and the
/// report uses the sum of the parts.
/// </summary>
/// <remarks>
/// A printed total that agrees with its parts is still used only where the report can print it beside the parts it
/// also prints without a sum failing (<see cref="Printable"/>): the parts are printed with two decimals each, a printed
/// 0.00 stands for exactly nothing, and a total over a single non-zero part can differ from it by less than a cent.
/// Where no consistent figure exists, the report falls back to the sum of the parts for that quantity everywhere and
/// records the printed total it set aside (<see cref="SetAsideTotal"/>), which <c>check</c> reports (FC1107).
/// </remarks>
internal static class FigureOfRecord
{
    /// <summary>The printed total when it agrees with the parts within rounding, otherwise the sum of the parts.</summary>
    public static Summed Choose(Money? printed, Summed parts) =>
        printed is { } total && Agrees(total, parts) ? Summed.Of(total) : parts;

    /// <summary>
    /// The printed total when it agrees with the parts within rounding and can be printed beside each list of
    /// <paramref name="printedParts"/> the report shows (each the parts' own figures of record); otherwise the sum of the
    /// parts, and a printed total that agreed but could not be printed is added to <paramref name="setAside"/>.
    /// </summary>
    public static Summed Choose(Money? printed, Summed parts, string what, ICollection<SetAsideTotal>? setAside, params IReadOnlyList<decimal>[] printedParts)
    {
        if (printed is not { } total || !Agrees(total, parts))
        {
            return parts;
        }

        var blocking = printedParts.FirstOrDefault(p => !Printable(total.Value, p));
        if (blocking is null)
        {
            return Summed.Of(total);
        }

        setAside?.Add(new SetAsideTotal(what, total, parts.Value, blocking));
        return parts;
    }

    /// <summary>
    /// True when <paramref name="total"/> can be printed over <paramref name="parts"/>, both with two decimals, as the
    /// self-audit reads a table: the total's rounding interval meets the interval sum of the parts (a printed 0.00 is
    /// exactly 0), and no non-negative part is larger than its whole.
    /// </summary>
    public static bool Printable(decimal total, IEnumerable<decimal> parts)
    {
        ArgumentNullException.ThrowIfNull(parts);
        var printed = parts.Select(p => Display.Round(p)).ToList();
        var whole = Display.Round(total);
        if (whole >= 0m && printed.All(p => p >= 0m) && printed.Any(p => p > whole))
        {
            return false;
        }

        var sum = printed.Aggregate(RoundingInterval.Exact(0m), (interval, part) => interval + PrintedInterval(part));
        return PrintedInterval(whole).Overlaps(sum);
    }

    /// <summary>The interval a two-decimal printed figure stands for; a printed 0.00 is exactly nothing.</summary>
    private static RoundingInterval PrintedInterval(decimal printed) =>
        printed == 0m ? RoundingInterval.Exact(0m) : RoundingInterval.Of(printed, RoundingInterval.MoneyDecimals);

    /// <summary>True when the printed total can be the rounded sum of the parts.</summary>
    public static bool Agrees(Money printed, Summed parts) => RoundingInterval.Of(printed).Overlaps(parts.Interval);

    /// <summary>
    /// Two figures that are one quantity by an identity (收入总计 = 支出总计): when they agree within rounding they take
    /// one value, the printed one where only one of them is printed, else the one with the narrower interval (fewer
    /// parts, so closer to the truth; the first on a tie), as long as the side that moves can still be printed over the
    /// parts its table prints (<paramref name="firstParts"/>, <paramref name="secondParts"/>; <see cref="Printable"/>; null
    /// for a side whose parts are dependent cells that take any difference).
    /// Figures that disagree beyond rounding keep their own values and the checker reports them; figures that agree but
    /// cannot take one value keep theirs too, and <see cref="Unmatched"/> says so.
    /// </summary>
    public static (Summed First, Summed Second) Identity(
        Summed first, bool firstPrinted, IReadOnlyList<decimal>? firstParts, Summed second, bool secondPrinted, IReadOnlyList<decimal>? secondParts)
    {
        if (first.Value == second.Value || !first.Interval.Overlaps(second.Interval) || (firstPrinted && secondPrinted))
        {
            return (first, second);
        }

        var preferFirst = firstPrinted || (!secondPrinted && first.Interval.Tolerance <= second.Interval.Tolerance);
        var firstFits = secondParts is null || Printable(first.Value, secondParts);
        var secondFits = firstParts is null || Printable(second.Value, firstParts);
        return (preferFirst, firstFits, secondFits) switch
        {
            (true, true, _) => (first, first),
            (false, _, true) => (second, second),
            (true, false, true) when !firstPrinted => (second, second),
            (false, true, false) when !secondPrinted => (first, first),
            _ => (first, second),
        };
    }

    /// <summary>True when two figures that are one quantity by an identity agree within rounding yet kept two values.</summary>
    public static bool Unmatched(Summed first, Summed second) => first.Value != second.Value && first.Interval.Overlaps(second.Interval);
}
