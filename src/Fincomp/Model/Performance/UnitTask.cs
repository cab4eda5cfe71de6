using System.ComponentModel;

namespace Fincomp.Model.Performance;

/// <summary>One 年度主要任务 of the unit form.</summary>
public sealed record UnitTask : ModelNode
{
    [Description("任务名称")]
    public required string Name { get; init; }

    [Description("主要内容")]
    public string? Content { get; init; }
}
