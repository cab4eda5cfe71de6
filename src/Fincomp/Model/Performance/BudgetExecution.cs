using System.ComponentModel;

namespace Fincomp.Model.Performance;

/// <summary>预算执行情况（10分） of a project form; the 总额 row is the sum of the fund rows.</summary>
public sealed record BudgetExecution : ModelNode
{
    [Description("财政资金")]
    public BudgetExecutionRow? Fiscal { get; init; }

    [Description("财政专户管理资金")]
    public BudgetExecutionRow? SpecialAccount { get; init; }

    [Description("单位资金")]
    public BudgetExecutionRow? UnitFunds { get; init; }

    [Description("其他资金")]
    public BudgetExecutionRow? Other { get; init; }

    [Description("权重（通常为 10）")]
    public decimal Weight { get; init; } = 10m;

    [Description("得分")]
    public decimal? Score { get; init; }

    [Description("执行率偏低等情况的原因")]
    public string? Reason { get; init; }
}
