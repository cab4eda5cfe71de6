using System.ComponentModel;

namespace Fincomp.Model;

/// <summary>Per-unit choices about the report's wording and the checker's thresholds.</summary>
public sealed record ReportSettings : ModelNode
{
    [Description("正文金额写法：trimmed（去掉末尾的 0，如 55.6万元，缺省）或 fixed（两位小数）")]
    public TextAmountStyle TextAmounts { get; init; } = TextAmountStyle.Trimmed;

    [Description("模板包：sichuan（四川格式，缺省）或 shanghai（上海市部门决算格式）；--templates 指定的文件夹按文件名覆盖其中的模板")]
    public TemplatePack TemplatePack { get; init; } = TemplatePack.Sichuan;

    [Description("正文百分比写法：trimmed（去掉末尾的 0，如 55.1%、0%）或 fixed（两位小数，如 55.10%、0.00%）；不写时随模板包（sichuan 为 trimmed，shanghai 为 fixed）")]
    public PercentStyle? Percentages { get; init; }

    /// <summary>The percentage style in effect: the one written, else the pack's.</summary>
    public PercentStyle PercentagesInEffect => Percentages ?? TemplatePack.Percentages();

    [Description("完成预算百分比与预决算差异原因的比较口径：全年预算（调整后的预算数）或 年初预算；不写时按项级科目写了哪一种预算数推定（写了 budget 为全年预算，只写 initial_budget 为年初预算）")]
    public BudgetBasis? ComparisonBasis { get; init; }

    [Description("较上年变动需说明原因的比例阈值（%），缺省 10")]
    public decimal ChangePercentThreshold { get; init; } = 10m;

    [Description("较上年变动需说明原因的金额阈值（万元），缺省 10")]
    public decimal ChangeAmountThreshold { get; init; } = 10m;
}
