namespace Fincomp.Batch.Summary;

/// <summary>How a roll-up column is formatted.</summary>
internal enum SummaryColumnKind
{
    Text,
    Count,
    Money,
    Percent,
    Score,
}
