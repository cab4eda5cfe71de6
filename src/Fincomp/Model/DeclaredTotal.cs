using System.ComponentModel;

namespace Fincomp.Model;

/// <summary>
/// A 类 or 款 total of 一般公共预算 as the official table prints it. The report prints it when it agrees with the sum of
/// its 项 within rounding (it was rounded once, the sum N times); otherwise the checker reports the gap.
/// </summary>
public sealed record DeclaredTotal : ModelNode
{
    [Description("3 位类级或 5 位款级科目编码")]
    public required string Code { get; init; }

    [Description("科目名称（如原文所写，可选）")]
    public string? Name { get; init; }

    [Description("印出的决算数（万元）")]
    public required Money Actual { get; init; }
}
