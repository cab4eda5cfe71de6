namespace Fincomp.Batch.Summary;

/// <summary>
/// A column of the roll-up: its header, how to read it from a row, and whether the totals row adds it up. One list of
/// columns serves every format, so CSV, JSON and the workbook can never disagree.
/// </summary>
internal sealed record SummaryColumn(string Key, string Header, Func<SummaryRow, object?> Value, SummaryColumnKind Kind)
{
    public static readonly IReadOnlyList<SummaryColumn> All =
    [
        new("unit", "单位", r => r.Unit, SummaryColumnKind.Text),
        new("year", "年度", r => r.Year, SummaryColumnKind.Count),
        new("file", "文件", r => r.File, SummaryColumnKind.Text),
        new("status", "状态", r => r.Status, SummaryColumnKind.Text),
        new("errors", "错误", r => r.Errors, SummaryColumnKind.Count),
        new("warnings", "警告", r => r.Warnings, SummaryColumnKind.Count),
        new("grand_total", "收支总计（万元）", r => r.GrandTotal, SummaryColumnKind.Money),
        new("previous_grand_total", "上年收支总计（万元）", r => r.PreviousGrandTotal, SummaryColumnKind.Money),
        new("change", "增减额（万元）", r => r.Change, SummaryColumnKind.Money),
        new("change_percent", "增减率（%）", r => r.ChangePercent, SummaryColumnKind.Percent),
        new("basic", "基本支出（万元）", r => r.Basic, SummaryColumnKind.Money),
        new("project", "项目支出（万元）", r => r.Project, SummaryColumnKind.Money),
        new("fiscal_income", "财政拨款收入（万元）", r => r.FiscalIncome, SummaryColumnKind.Money),
        new("three_public", "“三公”经费（万元）", r => r.ThreePublic, SummaryColumnKind.Money),
        new("operating_costs", "机关运行经费（万元）", r => r.OperatingCosts, SummaryColumnKind.Money),
        new("procurement", "政府采购（万元）", r => r.Procurement, SummaryColumnKind.Money),
        new("self_evaluation_score", "整体绩效自评得分", r => r.SelfEvaluationScore, SummaryColumnKind.Score),
        new("output", "输出文件", r => r.Output, SummaryColumnKind.Text),
    ];

    /// <summary>Money columns are added up in the totals row; nothing else is (a sum of percentages means nothing).</summary>
    public bool IsSummed => Kind == SummaryColumnKind.Money;
}
