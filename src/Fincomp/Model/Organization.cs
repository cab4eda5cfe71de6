using System.ComponentModel;

namespace Fincomp.Model;

/// <summary>机构设置: the internal units are listed; their number is always counted, never typed.</summary>
public sealed record Organization : ModelNode
{
    [Description("机构设置的引言（可选），放在内设机构列表之前")]
    public string? Intro { get; init; }

    [Description("内设机构的称谓，如 部门、科室、办公室")]
    public string Noun { get; init; } = "部门";

    [Description("内设机构名称列表")]
    public IReadOnlyList<string> InternalUnits { get; init; } = [];

    [Description("部门决算单位构成：纳入部门决算编制范围的单位（含本级），按印出的顺序")]
    public IReadOnlyList<BudgetUnit> BudgetUnits { get; init; } = [];

    /// <summary>Derived, so the text can never disagree with the list.</summary>
    public int InternalUnitCount => InternalUnits.Count;
}
