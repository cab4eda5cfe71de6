using Fincomp.Checks;
using Fincomp.Model;

namespace Fincomp.Audit;

/// <summary>
/// Whether a printed whole agrees with its printed parts: within rounding (the intervals overlap, as every sum rule of
/// fincomp decides), and never a non-negative part printed larger than its whole — rounding is monotone, so that can
/// only be a wrong figure even when the intervals touch.
/// </summary>
internal static class PrintedSum
{
    /// <summary>The code of the violation, or null when the whole agrees with its parts.</summary>
    public static string? Violation(PrintedNumber whole, IReadOnlyList<PrintedNumber> parts)
    {
        if (whole.Value >= 0m && parts.All(p => p.Value >= 0m) && parts.Any(p => p.Value > whole.Value))
        {
            return AuditCodes.PartExceedsWhole;
        }

        return whole.Interval.Overlaps(Sum(parts)) ? null : AuditCodes.TableSum;
    }

    /// <summary>The interval of the sum of <paramref name="parts"/>.</summary>
    public static RoundingInterval Sum(IEnumerable<PrintedNumber> parts) =>
        parts.Aggregate(RoundingInterval.Exact(0m), (sum, part) => sum + part.Interval);

    /// <summary>"0.73 + 0.00 = 0.73" for a message.</summary>
    public static string Describe(IReadOnlyList<PrintedNumber> parts) =>
        $"{string.Join(" + ", parts.Select(p => p.ToString()))} = {Amounts.Format(parts.Sum(p => p.Value))}";
}
