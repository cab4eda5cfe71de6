namespace Fincomp.Model;

/// <summary>What a pack implies for the display of figures when neither the unit nor the folder manifest says otherwise.</summary>
public static class TemplatePackDefaults
{
    /// <summary>Sichuan trims percentages (55.1%); Shanghai prints two decimals (55.10%).</summary>
    public static PercentStyle Percentages(this TemplatePack pack) =>
        pack == TemplatePack.Shanghai ? PercentStyle.FixedTwoDecimals : PercentStyle.Trimmed;

    /// <summary>
    /// Shanghai's template is a 部门决算 for every 一级预算单位, with or without units under it; Sichuan titles a unit's
    /// own report 单位决算 unless it consolidates several (null: decided by the unit's budget units).
    /// </summary>
    public static ReportScope? Scope(this TemplatePack pack) =>
        pack == TemplatePack.Shanghai ? ReportScope.Department : null;

    /// <summary>Shanghai compares with 年初预算 ("完成年初预算的98.69%") wherever the unit gives it.</summary>
    public static BudgetBasis? ComparisonBasis(this TemplatePack pack) =>
        pack == TemplatePack.Shanghai ? BudgetBasis.Initial : null;

    /// <summary>Shanghai's 收入决算表 and 支出决算表 print the 合计 row first, under the headings; Sichuan's last.</summary>
    public static bool TotalRowFirst(this TemplatePack pack) => pack == TemplatePack.Shanghai;

    /// <summary>
    /// Shanghai's 财政拨款收入支出决算总表 splits the opening and closing 财政拨款结转和结余 into the three kinds of
    /// appropriation (一、一般公共预算财政拨款 …), and prints the "三公" table horizontally under its own title.
    /// </summary>
    public static bool ShanghaiTables(this TemplatePack pack) => pack == TemplatePack.Shanghai;

    /// <summary>The pack's folder name: templates/NAME/ in the source tree, --pack NAME on the command line.</summary>
    public static string FolderName(this TemplatePack pack) => EnumLabelAttribute.Of(pack);
}
