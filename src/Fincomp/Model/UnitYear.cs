using System.ComponentModel;
using Fincomp.Model.Performance;

namespace Fincomp.Model;

/// <summary>
/// One unit-year: everything a 部门决算公开 states. Built once by the loader and never changed; checks, derivation,
/// narrative, charts and writers all read this same object.
/// </summary>
public sealed record UnitYear : ModelNode
{
    [Description("单位与年度")]
    public required UnitIdentity Unit { get; init; }

    [Description("单位概况")]
    public Profile Profile { get; init; } = new();

    [Description("收入支出决算总表")]
    public required Statement Statement { get; init; }

    [Description("财政拨款结转和结余及变动原因")]
    public Appropriations Appropriations { get; init; } = new();

    [Description("功能分类支出")]
    public FunctionalClassification Functional { get; init; } = new();

    [Description("一般公共预算财政拨款基本支出（经济分类）")]
    public BasicExpenditure BasicExpenditure { get; init; } = new();

    [Description("\"三公\"经费")]
    public ThreePublic ThreePublic { get; init; } = new();

    [Description("机关运行经费")]
    public OperatingCosts OperatingCosts { get; init; } = new();

    [Description("政府采购")]
    public Procurement Procurement { get; init; } = new();

    [Description("国有资产占有使用情况")]
    public Assets Assets { get; init; } = new();

    [Description("预算绩效管理情况")]
    public PerformanceManagement PerformanceManagement { get; init; } = new();

    [Description("上年数（内联）；与 previous_year 二选一")]
    public PreviousFigures? Previous { get; init; }

    [Description("上年单位文件的路径（相对本文件）；与 previous 二选一")]
    public string? PreviousYear { get; init; }

    /// <summary>
    /// Last year's unit, when <see cref="PreviousYear"/> names its file: the loader reads it, and derivation takes last
    /// year's figures of record from it (<see cref="Previous"/> stays null until then). Not a key of the file.
    /// </summary>
    internal UnitYear? PreviousUnit { get; init; }

    [Description("附加的名词解释")]
    public IReadOnlyList<GlossaryEntry> Glossary { get; init; } = [];

    [Description("绩效自评报告（第四部分 附件）")]
    public PerformanceReports Performance { get; init; } = new();

    [Description("规则调整：规则编码 → { severity, reason }")]
    public IReadOnlyDictionary<string, RuleOverride> Checks { get; init; } = new Dictionary<string, RuleOverride>();

    [Description("报告与核对设置")]
    public ReportSettings Settings { get; init; } = new();
}
