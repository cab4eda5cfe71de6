using System.ComponentModel;

namespace Fincomp.Model;

/// <summary>公务接待: batches and people (不包括陪同人员), domestic and foreign.</summary>
public sealed record Receptions : ModelNode
{
    [Description("国内公务接待批次")]
    public int DomesticBatches { get; init; }

    [Description("国内公务接待人次（不包括陪同人员）")]
    public int DomesticPeople { get; init; }

    [Description("外事接待批次")]
    public int ForeignBatches { get; init; }

    [Description("外事接待人次（不包括陪同人员）")]
    public int ForeignPeople { get; init; }

    [Description("较上年变动的主要原因（只在与上年比较的句子后写出；上年没有给出该项时不写）")]
    public string? Reason { get; init; }
}
