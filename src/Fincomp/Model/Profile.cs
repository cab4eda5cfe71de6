using System.ComponentModel;

namespace Fincomp.Model;

/// <summary>第一部分 单位概况.</summary>
public sealed record Profile : ModelNode
{
    [Description("主要职责，每项一条")]
    public IReadOnlyList<string> Duties { get; init; } = [];

    [Description("机构设置")]
    public Organization Organization { get; init; } = new();

    [Description("人员情况")]
    public Staff? Staff { get; init; }
}
