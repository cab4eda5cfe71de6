using Fincomp.Diagnostics;

namespace Fincomp.Import;

/// <summary>
/// An amount read from a cell, in 万元, with the cell it came from. <see cref="PartsSum"/> is set on a printed total
/// (a 合计 or 小计): such a total is written where the unit file already holds it, or where it differs from the sum
/// of its parts, since only then does it tell <c>check</c> something.
/// </summary>
internal sealed record ImportedAmount(decimal Value, SourceSpan Span)
{
    public decimal? PartsSum { get; init; }

    /// <summary>A printed total equal to its parts: kept where the file has it, not added where it has not.</summary>
    public bool IsRedundantTotal => PartsSum is { } sum && sum == Value;
}
