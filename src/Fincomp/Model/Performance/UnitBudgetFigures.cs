using System.ComponentModel;

namespace Fincomp.Model.Performance;

/// <summary>The budget figures a whole-unit self-evaluation states: initial budget, adjustment and actual.</summary>
public sealed record UnitBudgetFigures : ModelNode
{
    [Description("年初预算（万元）")]
    public Money? Initial { get; init; }

    [Description("印出的调整预算数（万元，年初预算 − 决算）")]
    public Money? Adjustment { get; init; }

    [Description("决算数（万元）")]
    public Money? Actual { get; init; }
}
