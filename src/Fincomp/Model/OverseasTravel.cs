using System.ComponentModel;

namespace Fincomp.Model;

/// <summary>因公出国（境）: groups sent, people, and what the money was spent on.</summary>
public sealed record OverseasTravel : ModelNode
{
    [Description("团组数")]
    public int Groups { get; init; }

    [Description("人次")]
    public int People { get; init; }

    [Description("开支内容")]
    public string? Content { get; init; }

    [Description("较上年变动的主要原因（只在与上年比较的句子后写出；上年没有给出该项时不写）")]
    public string? Reason { get; init; }
}
