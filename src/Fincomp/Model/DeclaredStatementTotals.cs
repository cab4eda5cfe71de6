using System.ComponentModel;

namespace Fincomp.Model;

/// <summary>
/// Totals as the official tables print them. Each is the report's figure of record when it agrees with the sum of its
/// parts within rounding (it was rounded once, the sum N times), and the checker reports it when it does not.
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
