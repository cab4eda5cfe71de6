using Fincomp.Checks;
using Fincomp.Derivation;
using Fincomp.Tables;
using Fincomp.Tests.Checks;
using Fincomp.Tests.Support;
using Fincomp.Tests.Tables;
using Xunit;

namespace Fincomp.Tests.Derivation;

/// <summary>
/// A printed 本年支出合计/支出总计 within rounding of its parts is the figure of record only where 收入总计 can take the
/// same value; otherwise that side falls back to the sum of its parts everywhere and FC1107 names each printed total.
/// </summary>
public sealed class PrintedGrandTotalTests
{
    private static readonly Lazy<string> Zhifa = new(() => File.ReadAllText(TestPaths.Sample(Path.Combine("park", "zhifa-2023.yaml"))));

    private static string WithDeclared(string declared) =>
        TestUnits.ReplaceOnce(Zhifa.Value, "  closing_balance: 0\n  change_reason", $"  closing_balance: 0\n  declared:\n{declared}  change_reason");

    [Fact]
    public void A_printed_expenditure_total_the_income_side_cannot_match_is_set_aside_and_the_sum_used_everywhere()
    {
        // Income 1268.40 is one source; 基本 486.20 + 项目 782.20 = 1268.40; the printed 1268.41 cannot balance 收入总计.
        var yaml = WithDeclared("    expenditure_total: 1268.41\n    expenditure_grand_total: 1268.41\n");
        var figures = ReportFigures.Of(TestUnits.Load(yaml));

        Assert.Equal(1268.40m, figures.Totals.ExpenditureTotal);
        Assert.Equal(1268.40m, figures.Totals.ExpenditureGrandTotal);
        Assert.Equal(figures.Totals.IncomeGrandTotal, figures.Totals.ExpenditureGrandTotal);
        var total = TableText.Rows(ExpenditureTable.Build(figures).Table).Single(r => r.StartsWith("合计", StringComparison.Ordinal));
        Assert.StartsWith("合计\t1,268.40\t486.20\t782.20\t", total, StringComparison.Ordinal);
        var setAside = UnitChecker.Check(TestUnits.Load(yaml)).Where(d => d.Code == "FC1107").Select(d => d.Message).ToList();
        Assert.Equal(2, setAside.Count);
        Assert.Contains(
            "印出的本年支出合计 1268.41 未采用：它与各项之和 1268.40 在四舍五入误差之内，但收入总计与支出总计须相同，而另一侧只能印出 1268.40；"
                + "报告的表格、正文、图表和汇总表一律采用 1268.40。",
            setAside);
        Assert.Contains(setAside, m => m.StartsWith("印出的支出总计 1268.41 未采用", StringComparison.Ordinal));
    }

    [Fact]
    public void A_printed_expenditure_total_equal_to_its_parts_is_used_without_a_finding()
    {
        var yaml = WithDeclared("    expenditure_total: 1268.40\n    expenditure_grand_total: 1268.40\n");
        var figures = ReportFigures.Of(TestUnits.Load(yaml));

        Assert.Equal(1268.40m, figures.Totals.ExpenditureGrandTotal);
        Assert.DoesNotContain(UnitChecker.Check(TestUnits.Load(yaml)), d => d.Code == "FC1107");
    }
}
