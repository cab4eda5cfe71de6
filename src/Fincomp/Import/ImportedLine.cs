using Fincomp.Model;

namespace Fincomp.Import;

/// <summary>A 项 line of spending as the tables give it: tables 5, 8 and 9 by fund, the rest of table 3 as 其他资金.</summary>
internal sealed record ImportedLine(string Code, Fund Fund, ImportedAmount Actual, ImportedAmount? Basic, ImportedAmount? Project)
{
    /// <summary>Table 3's 上缴上级支出 of the row, null where it prints 0 or nothing.</summary>
    public ImportedAmount? RemittanceToSuperior { get; init; }

    /// <summary>Table 3's 经营支出 of the row, null where it prints 0 or nothing.</summary>
    public ImportedAmount? Operating { get; init; }

    /// <summary>Table 3's 对附属单位补助支出 of the row, null where it prints 0 or nothing.</summary>
    public ImportedAmount? SubsidyToAffiliates { get; init; }
}
