using System.ComponentModel;

namespace Fincomp.Model;

/// <summary>财政拨款"三公"经费: budget and actual by part, with the counts the text reports.</summary>
public sealed record ThreePublic : ModelNode
{
    [Description("预算数，口径同 settings.comparison_basis（全年预算数或年初预算数）")]
    public ThreePublicAmounts Budget { get; init; } = new();

    [Description("决算数")]
    public ThreePublicAmounts Actual { get; init; } = new();

    [Description("决算数与预算数差异的主要原因")]
    public string? Reason { get; init; }

    [Description("较上年变动的主要原因")]
    public string? ChangeReason { get; init; }

    [Description("因公出国（境）情况")]
    public OverseasTravel? Overseas { get; init; }

    [Description("公务用车情况")]
    public OfficialVehicles? Vehicles { get; init; }

    [Description("公务接待情况")]
    public Receptions? Receptions { get; init; }
}
