using System.ComponentModel;

namespace Fincomp.Model;

/// <summary>绩效自评的评级: how many self-evaluated projects got each grade, as the Shanghai template states them.</summary>
public sealed record PerformanceGrades : ModelNode
{
    [Description("绩效评级为“优”的项目个数")]
    public int Excellent { get; init; }

    [Description("绩效评级为“良”的项目个数")]
    public int Good { get; init; }

    [Description("绩效评级为“合格”的项目个数")]
    public int Qualified { get; init; }

    [Description("绩效评级为“不合格”的项目个数")]
    public int Unqualified { get; init; }
}
