using System.ComponentModel;

namespace Fincomp.Model;

/// <summary>A 类 or 款 total as the published text or table states it; only compared, never used as a figure.</summary>
public sealed record DeclaredTotal : ModelNode
{
    [Description("3 位类级或 5 位款级科目编码")]
    public required string Code { get; init; }

    [Description("科目名称（如原文所写，可选）")]
    public string? Name { get; init; }

    [Description("印出的决算数（万元）")]
    public required Money Actual { get; init; }
}
