namespace Fincomp.Batch.Summary;

/// <summary>Which units a totals row adds up; every column of one totals row adds the same units.</summary>
public enum SummaryTotals
{
    /// <summary>Not a totals row: one unit.</summary>
    None,

    /// <summary>Every unit whose report was written (通过, or forced with errors); units not built are left out.</summary>
    Built,

    /// <summary>The built units that also have last year's figures, so 本年 − 上年 = 增减额 holds for the row.</summary>
    Comparable,
}
