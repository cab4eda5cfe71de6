namespace Fincomp.Import;

/// <summary>A 项 row of table 2: 本年收入合计 and the six source columns, in the order of the table.</summary>
internal sealed record ImportedIncome(string Code, IReadOnlyList<ImportedAmount?> Columns)
{
    /// <summary>The keys of <c>functional.income</c> items, in the order of <see cref="Columns"/>.</summary>
    public static readonly IReadOnlyList<string> Keys = ["total", "fiscal", "superior_subsidy", "business", "operating", "affiliate_remittance", "other"];
}
