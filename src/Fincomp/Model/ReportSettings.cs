using System.ComponentModel;

namespace Fincomp.Model;

/// <summary>Per-unit choices about the report's wording and the checker's thresholds.</summary>
public sealed record ReportSettings : ModelNode
{
    [Description("正文金额写法：trimmed（去掉末尾的 0，如 55.6万元，缺省）或 fixed（两位小数）")]
    public TextAmountStyle TextAmounts { get; init; } = TextAmountStyle.Trimmed;

    [Description("较上年变动需说明原因的比例阈值（%），缺省 10")]
    public decimal ChangePercentThreshold { get; init; } = 10m;

    [Description("较上年变动需说明原因的金额阈值（万元），缺省 10")]
    public decimal ChangeAmountThreshold { get; init; } = 10m;
}
