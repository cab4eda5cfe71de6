namespace Fincomp.Audit;

/// <summary>
/// The quantities of the standard 决算公开 wording (docs/templates.md lists the sentences, /shared domain reference
/// the tables) and the table cells that print them. Only these names, and 科目 labels with their code, are compared:
/// free text reuses words like "决算数" for different things.
/// </summary>
internal static class QuantityAnchors
{
    private const string Summary = "收入支出决算总表";
    private const string Expenditure = "支出决算表";
    private const string GeneralBudget = "一般公共预算财政拨款支出决算表";
    private const string Basic = "基本支出决算表";
    private const string Fiscal = "财政拨款收入支出决算总表";
    private const string ThreePublic = "三公";

    public static IReadOnlyList<QuantityAnchor> All { get; } =
    [
        new("收入合计", Summary, "本年收入合计"),
        new("本年收入合计", Summary, "本年收入合计"),
        new("本年支出合计", Summary, "本年支出合计"),
        new("收、支总计", Summary, "总计"),
        new("收入支出总计", Summary, "总计"),
        new("收入总计", Summary, "总计"),
        new("支出总计", Summary, "总计", Occurrence: 2),
        new("财政拨款收、支总计", Fiscal, "总计"),
        new("财政拨款收入支出总计", Fiscal, "总计"),
        new("财政拨款收入总计", Fiscal, "总计"),
        new("财政拨款支出总计", Fiscal, "总计", "合计"),
        new("基本支出", Expenditure, "合计", "基本支出"),
        new("项目支出", Expenditure, "合计", "项目支出"),
        new("一般公共预算财政拨款支出", GeneralBudget, "合计", "合计"),
        new("一般公共预算支出决算数", GeneralBudget, "合计", "合计"),
        new("一般公共预算财政拨款基本支出", GeneralBudget, "合计", "基本支出"),
        new("人员经费", Basic, "人员经费合计"),
        new("公用经费", Basic, "公用经费合计"),
        new("“三公”经费财政拨款支出决算", ThreePublic, "合计", "决算数"),
        new("因公出国（境）经费支出", ThreePublic, "因公出国（境）费", "决算数"),
        new("因公出国（境）费支出决算", ThreePublic, "因公出国（境）费", "决算数"),
        new("公务用车购置及运行维护费支出", ThreePublic, "小计", "决算数"),
        new("公务用车购置及运行维护费支出决算", ThreePublic, "小计", "决算数"),
        new("公务用车购置支出", ThreePublic, "公务用车购置费", "决算数"),
        new("公务用车运行维护费支出", ThreePublic, "公务用车运行维护费", "决算数"),
        new("公务接待费支出", ThreePublic, "公务接待费", "决算数"),
        new("公务接待费支出决算", ThreePublic, "公务接待费", "决算数"),
        new("机关运行经费支出", "", ""),
        new("政府采购支出总额", "", ""),
        new("政府性基金预算财政拨款支出", "", ""),
        new("国有资本经营预算财政拨款支出", "", ""),
    ];

    /// <summary>The anchor whose term is the longest ending of <paramref name="subject"/>, if any.</summary>
    public static QuantityAnchor? For(string subject) =>
        All.Where(a => subject.EndsWith(a.Term, StringComparison.Ordinal)).MaxBy(a => a.Term.Length);
}
