using System.ComponentModel;

namespace Fincomp.Model;

/// <summary>A unit's decision about one rule, always with its reason so that the choice is on record.</summary>
public sealed record RuleOverride : ModelNode
{
    [Description("off、info、warning 或 error")]
    public required RuleSeverityOverride Severity { get; init; }

    [Description("调整的理由（必填）")]
    public required string Reason { get; init; }
}
