using System.ComponentModel;

namespace Fincomp.Model;

/// <summary>
/// Totals as the official tables print them. They are never used as figures of the report (those are computed);
/// they exist so that the checker can compare what was published with what the parts add up to.
/// </summary>
public sealed record DeclaredStatementTotals : ModelNode
{
    [Description("本年收入合计（万元）")]
    public Money? IncomeTotal { get; init; }

    [Description("本年支出合计（万元）")]
    public Money? ExpenditureTotal { get; init; }

    [Description("收入总计（万元）")]
    public Money? IncomeGrandTotal { get; init; }

    [Description("支出总计（万元）")]
    public Money? ExpenditureGrandTotal { get; init; }
}
