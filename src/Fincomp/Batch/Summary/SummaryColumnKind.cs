namespace Fincomp.Batch.Summary;

/// <summary>How a roll-up column is formatted.</summary>
public enum SummaryColumnKind
{
    Text,
    Integer,
    Money,
    Percent,
    Score,
}
