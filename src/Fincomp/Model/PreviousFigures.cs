using System.ComponentModel;

namespace Fincomp.Model;

/// <summary>
/// Last year's figures that this year's report compares with, written inline or taken from last year's unit file.
/// Store the figures themselves, never the change.
/// </summary>
public sealed record PreviousFigures : ModelNode
{
    [Description("上年收入总计（万元）")]
    public Money? IncomeGrandTotal { get; init; }

    [Description("上年支出总计（万元）")]
    public Money? ExpenditureGrandTotal { get; init; }

    [Description("上年财政拨款收入总计（万元）")]
    public Money? FiscalIncomeGrandTotal { get; init; }

    [Description("上年财政拨款支出总计（万元）")]
    public Money? FiscalExpenditureGrandTotal { get; init; }

    [Description("上年一般公共预算财政拨款支出（万元）")]
    public Money? GeneralBudgetExpenditure { get; init; }

    [Description("上年一般公共预算财政拨款支出，按类（可选）")]
    public IReadOnlyList<DeclaredTotal> GeneralBudgetByClass { get; init; } = [];

    [Description("上年“三公”经费财政拨款支出决算")]
    public ThreePublicAmounts? ThreePublic { get; init; }

    [Description("上年机关运行经费（万元）")]
    public Money? OperatingCosts { get; init; }
}
