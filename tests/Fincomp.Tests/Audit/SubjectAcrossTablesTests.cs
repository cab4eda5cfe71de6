using Fincomp.Audit;
using Fincomp.Document;
using Xunit;

namespace Fincomp.Tests.Audit;

/// <summary>
/// A 类 or 款 printed by two spending tables over the same 项 rows is one quantity: the audit compares it across the
/// tables, and leaves alone a 科目 whose rows differ (table 3 holding 其他资金 that table 5 does not).
/// </summary>
public sealed class SubjectAcrossTablesTests
{
    private const string Items = "2120101\t城管执法\t412.35\t412.35\t0.00\n2120104\t市政公用事业\t782.20\t0.00\t782.20";

    private static Table Expenditure(string classTotal, string classBasic, string items = Items) =>
        Docs.Table(
            "支出决算表", 1,
            [
            "科目编码\t科目名称\t本年支出合计\t基本支出\t项目支出",
            $"212\t城乡社区支出\t{classTotal}\t{classBasic}\t782.20",
            $"21201\t城乡社区管理事务\t{classTotal}\t{classBasic}\t782.20",
            .. items.Split('\n'),
            $"合计\t\t{classTotal}\t{classBasic}\t782.20",
            ]);

    private static Table GeneralBudget(string classTotal, string classBasic) =>
        Docs.Table(
            "一般公共预算财政拨款支出决算表", 1,
            [
            "科目编码\t科目名称\t合计\t基本支出\t项目支出",
            $"212\t城乡社区支出\t{classTotal}\t{classBasic}\t782.20",
            $"21201\t城乡社区管理事务\t{classTotal}\t{classBasic}\t782.20",
            .. Items.Split('\n'),
            $"合计\t\t{classTotal}\t{classBasic}\t782.20",
            ]);

    /// <summary>A spending table of the class rows above with the 合计 row as given (合计, 基本支出, 项目支出).</summary>
    private static Table WithTotalRow(string title, string totalHeader, string total) =>
        Docs.Table(
            title, 1,
            [
            $"科目编码\t科目名称\t{totalHeader}\t基本支出\t项目支出",
            "212\t城乡社区支出\t1,194.55\t412.35\t782.20",
            "21201\t城乡社区管理事务\t1,194.55\t412.35\t782.20",
            .. Items.Split('\n'),
            "合计\t\t" + total,
            ]);

    [Fact]
    public void A_class_printed_alike_in_both_tables_passes() =>
        Assert.Empty(AuditedBuild.Audit(Docs.Of(Expenditure("1,194.55", "412.35"), GeneralBudget("1,194.55", "412.35"))));

    [Fact]
    public void A_class_over_the_same_items_with_another_value_is_one_quantity_with_two_values()
    {
        var findings = AuditedBuild.Audit(Docs.Of(Expenditure("1,194.55", "412.35"), GeneralBudget("1,194.56", "412.36")));

        var twoValues = findings.Where(f => f.Code == AuditCodes.TwoValues).ToList();
        // 类 and 款 each with 合计 and 基本支出, and the 合计 row's 基本支出.
        Assert.Equal(5, twoValues.Count);
        var classTotal = Assert.Single(twoValues, f => f.Place is { Row: 2, Column: 3 });
        Assert.Equal(
            "表“一般公共预算财政拨款支出决算表”中科目 212 城乡社区支出的合计 1194.56 与表“支出决算表”印出的 1194.55 不一致："
                + "两表中该科目之下的各项完全相同，是同一个数，却印出了两个值。",
            classTotal.Message);
        Assert.Equal(1, Assert.Single(classTotal.Related).BlockIndex);
        Assert.Contains(twoValues, f => f.Place is { Row: 3, Column: 4 } && f.Message.Contains("科目 21201 城乡社区管理事务的基本支出 412.36 与", StringComparison.Ordinal));
    }

    [Fact]
    public void A_class_whose_items_differ_between_the_tables_is_another_quantity()
    {
        // Table 3's 项 includes a line of 其他资金 that table 5 does not print: its 类 is a different figure.
        var allFunds = Expenditure("1,204.55", "422.35", Items.Replace("412.35\t412.35", "422.35\t422.35", StringComparison.Ordinal));

        Assert.DoesNotContain(AuditedBuild.Audit(Docs.Of(allFunds, GeneralBudget("1,194.56", "412.36"))), f => f.Code == AuditCodes.TwoValues);
    }

    [Fact]
    public void A_total_row_over_the_same_items_prints_one_basic_expenditure()
    {
        var findings = AuditedBuild.Audit(Docs.Of(
            WithTotalRow("支出决算表", "本年支出合计", "1,194.56\t412.36\t782.20"),
            WithTotalRow("一般公共预算财政拨款支出决算表", "合计", "1,194.55\t412.35\t782.20")));

        var twoValues = Assert.Single(findings, f => f.Code == AuditCodes.TwoValues);
        Assert.Equal(
            "表“一般公共预算财政拨款支出决算表”中合计行的基本支出 412.35 与表“支出决算表”印出的 412.36 不一致："
                + "两表中合计之下的各项完全相同，是同一个数，却印出了两个值。",
            twoValues.Message);
        Assert.Equal(6, twoValues.Place?.Row);
    }

    [Fact]
    public void Total_rows_that_keep_two_totals_within_rounding_over_one_basic_expenditure_pass()
    {
        // 本年支出合计 and 一般公共预算 spending may keep two values within rounding (FC1107 names them); 基本支出 is one.
        var findings = AuditedBuild.Audit(Docs.Of(
            WithTotalRow("支出决算表", "本年支出合计", "1,194.56\t412.35\t782.20"),
            WithTotalRow("一般公共预算财政拨款支出决算表", "合计", "1,194.55\t412.35\t782.20")));

        Assert.DoesNotContain(findings, f => f.Code == AuditCodes.TwoValues);
    }
}
