namespace Fincomp.Batch.Summary;

/// <summary>How a roll-up column is formatted.</summary>
public enum SummaryColumnKind
{
    Text,
    Count,
    Money,
    Percent,
    Score,
}
