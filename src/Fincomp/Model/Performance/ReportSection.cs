using System.ComponentModel;

namespace Fincomp.Model.Performance;

/// <summary>A titled part of a free-text report: paragraphs, then an optional numbered list, then sub-sections.</summary>
public sealed record ReportSection : ModelNode
{
    [Description("标题，如 一、部门（单位）概况")]
    public required string Title { get; init; }

    [Description("段落")]
    public IReadOnlyList<string> Paragraphs { get; init; } = [];

    [Description("编号列表的各条（按 1. 2. … 编号）")]
    public IReadOnlyList<string> Items { get; init; } = [];

    [Description("为 true 时，在本节段落之后列出项目的具体开支范围")]
    public bool ListSpending { get; init; }

    [Description("下级小节")]
    public IReadOnlyList<ReportSection> Sections { get; init; } = [];
}
