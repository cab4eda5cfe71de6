using System.Globalization;
using Fincomp.Diagnostics;

namespace Fincomp.Model;

/// <summary>
/// An amount in 万元 exactly as written: the decimal keeps the scale the clerk used (800.10 has two decimals), which
/// sets the rounding tolerance of the consistency rules, and the span says where it was written.
/// </summary>
public readonly record struct Money(decimal Value, SourceSpan Span)
{
    /// <summary>Number of decimals written (800.10 → 2, 50 → 0).</summary>
    public int Scale => Value.Scale;

    public override string ToString() => Value.ToString(CultureInfo.InvariantCulture);
}
