using System.ComponentModel;

namespace Fincomp.Model.Performance;

/// <summary>年度部门整体支出预算 on the unit form: 资金总额 = 财政拨款 + 其他资金.</summary>
public sealed record FormBudget : ModelNode
{
    [Description("资金总额（万元）")]
    public Money? Total { get; init; }

    [Description("财政拨款（万元）")]
    public Money? Fiscal { get; init; }

    [Description("其他资金（万元）")]
    public Money? Other { get; init; }
}
