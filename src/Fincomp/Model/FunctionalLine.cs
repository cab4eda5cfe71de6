using System.ComponentModel;

namespace Fincomp.Model;

/// <summary>
/// One 功能分类 line at 项 level, paid from one fund source: budget against actual, split into basic and project
/// spending (and, for a unit that has them, 上缴上级、经营 and 对附属单位补助 spending, the other columns of table 3). A 项 paid from several sources has one line per source (FC1205 refuses two of one source).
/// </summary>
public sealed record FunctionalLine : ModelNode
{
    [Description("7 位项级科目编码，如 2010301")]
    public required string Code { get; init; }

    [Description("类名（如原文所写，可选；缺省取编码表）")]
    public string? ClassName { get; init; }

    [Description("款名（如原文所写，可选；缺省取编码表）")]
    public string? SectionName { get; init; }

    [Description("项名（如原文所写，可选；缺省取编码表）")]
    public string? Name { get; init; }

    [Description("资金性质：一般公共预算（缺省）、政府性基金、国有资本经营、其他资金。一个项由几种资金共同负担时，每种资金各写一行（同一编码，不同 fund），报告合并为一行")]
    public Fund Fund { get; init; } = Fund.GeneralBudget;

    [Description("年初预算数（万元）")]
    public Money? InitialBudget { get; init; }

    [Description("全年预算数（调整后，万元）")]
    public Money? Budget { get; init; }

    [Description("决算数（万元）")]
    public required Money Actual { get; init; }

    [Description("其中：基本支出（万元）")]
    public Money? Basic { get; init; }

    [Description("其中：项目支出（万元）")]
    public Money? Project { get; init; }

    [Description("其中：上缴上级支出（万元）：表3 支出决算表该行的上缴上级支出")]
    public Money? RemittanceToSuperior { get; init; }

    [Description("其中：经营支出（万元）：事业单位在专业业务活动及其辅助活动之外开展非独立核算经营活动的支出，表3 该行的经营支出")]
    public Money? Operating { get; init; }

    [Description("其中：对附属单位补助支出（万元）：表3 该行的对附属单位补助支出")]
    public Money? SubsidyToAffiliates { get; init; }

    /// <summary>The written parts of 决算数 besides 基本支出 and 项目支出, in the order of table 3's columns.</summary>
    public IReadOnlyList<Money?> OtherTypes => [RemittanceToSuperior, Operating, SubsidyToAffiliates];

    [Description("决算数与预算数（按 settings.comparison_basis 的口径：全年预算数或年初预算数）不一致的原因")]
    public string? Reason { get; init; }

    [Description("名词解释中的科目说明（可选；缺省取编码表的标准说明）")]
    public string? Meaning { get; init; }

    [Description("名词解释中的用途说明，如 主要用于划拨工会经费")]
    public string? Purpose { get; init; }
}
