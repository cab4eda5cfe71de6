using System.ComponentModel;

namespace Fincomp.Model;

/// <summary>机关运行经费 of the year; last year's figure lives with the other previous-year figures.</summary>
public sealed record OperatingCosts : ModelNode
{
    [Description("机关运行经费支出（万元）")]
    public Money? Amount { get; init; }

    [Description("较上年变动的主要原因")]
    public string? Reason { get; init; }
}
