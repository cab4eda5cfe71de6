using System.ComponentModel;

namespace Fincomp.Model;

/// <summary>人员概况 at the end of the year.</summary>
public sealed record Staff : ModelNode
{
    [Description("干部职工总人数")]
    public int? Total { get; init; }

    [Description("编制人数")]
    public int? Establishment { get; init; }

    [Description("借用人员人数")]
    public int? Borrowed { get; init; }

    [Description("新招录（聘）人数")]
    public int? NewHires { get; init; }
}
