using System.ComponentModel;

namespace Fincomp.Model;

/// <summary>Problems the self-evaluation found and how far their correction has gone.</summary>
public sealed record PerformanceProblems : ModelNode
{
    [Description("绩效自评中共发现问题个数")]
    public int Found { get; init; }

    [Description("已经完成整改的问题个数")]
    public int Rectified { get; init; }

    [Description("正在整改的问题个数")]
    public int Rectifying { get; init; }
}
