using Fincomp.Model;

namespace Fincomp.Derivation;

/// <summary>
/// The one policy for every total: where a printed total is given and lies within the rounding interval of its parts,
/// the printed total is the figure of record, the value the table row, the text, the year-on-year change, the share
/// denominators, the charts and the summary all use (it was rounded once from 元, the sum of its parts N times, and it
/// is what the official table shows). A printed total outside the interval is an error the checker reports, and the
/// report uses the sum of the parts.
/// </summary>
public static class FigureOfRecord
{
    /// <summary>The printed total when it agrees with the parts within rounding, otherwise the sum of the parts.</summary>
    public static Summed Choose(Money? printed, Summed parts) =>
        printed is { } total && Agrees(total, parts) ? Summed.Of(total) : parts;

    /// <summary>True when the printed total can be the rounded sum of the parts.</summary>
    public static bool Agrees(Money printed, Summed parts) => RoundingInterval.Of(printed).Overlaps(parts.Interval);

    /// <summary>
    /// Two figures that are one quantity by an identity (收入总计 = 支出总计): when they agree within rounding they take
    /// one value, the printed one where only one of them is printed, else the one with the narrower interval (fewer
    /// parts, so closer to the truth; the first on a tie). Figures that disagree beyond rounding keep their own values
    /// and the checker reports them.
    /// </summary>
    public static (Summed First, Summed Second) Identity(Summed first, bool firstPrinted, Summed second, bool secondPrinted)
    {
        if (first.Value == second.Value || !first.Interval.Overlaps(second.Interval) || (firstPrinted && secondPrinted))
        {
            return (first, second);
        }

        var takeFirst = firstPrinted || (!secondPrinted && first.Interval.Tolerance <= second.Interval.Tolerance);
        return takeFirst ? (first, first) : (second, second);
    }
}
