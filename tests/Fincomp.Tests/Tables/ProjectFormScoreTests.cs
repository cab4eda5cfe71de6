using Fincomp.Checks;
using Fincomp.Derivation;
using Fincomp.Tables;
using Fincomp.Tests.Checks;
using Fincomp.Tests.Support;
using Xunit;

namespace Fincomp.Tests.Tables;

/// <summary>
/// The 预算执行 score of a project form is computed once, rounded half-up to two decimals, and the form and FC1803 both
/// print that value; a form that cannot score (a zero 调整后预算数, no score written) prints no score, and a rate over a
/// zero denominator is "—", never 0.00%.
/// </summary>
public sealed class ProjectFormScoreTests
{
    private static readonly Lazy<string> Zhifa = new(() => File.ReadAllText(TestPaths.Sample(Path.Combine("park", "zhifa-2023.yaml"))));

    private const string Budget = "        fiscal:\n          initial: 560.00\n          adjusted: 620.00\n          executed: 596.80\n        weight: 10\n        score: 9.6\n";

    private static string WithBudget(string budget, string totalScore = "97.6") =>
        TestUnits.ReplaceOnce(TestUnits.ReplaceOnce(Zhifa.Value, Budget, budget), "      total_score: 97.6\n", $"      total_score: {totalScore}\n");

    private static IReadOnlyList<string> Form(string yaml)
    {
        var figures = ReportFigures.Of(TestUnits.Load(yaml));
        return TableText.Rows(PerformanceForms.ProjectForm(figures, 0));
    }

    [Fact]
    public void A_computed_score_is_rounded_once_and_read_by_the_form_and_the_checker()
    {
        // 10 × 596.80 / 620 = 9.6258…: the form prints 9.63, 合计 adds that, and FC1803 states the same 9.63.
        var yaml = WithBudget(Budget.Replace("        score: 9.6\n", string.Empty, StringComparison.Ordinal), "97");
        var figures = ReportFigures.Of(TestUnits.Load(yaml));

        Assert.Equal(9.63m, figures.ProjectForms[0].BudgetScore);
        var rows = Form(yaml);
        Assert.Contains("总额\t560.00\t620.00\t596.80\t96.26%\t10\t9.63\t", rows);
        Assert.Contains(rows, r => r.StartsWith("合计\t100\t97.63", StringComparison.Ordinal));

        var finding = Assert.Single(TestUnits.Check(yaml), d => d.Code == "FC1803");
        Assert.Contains("预算执行得分 9.63 与各指标得分之和为 97.63", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_matching_total_with_the_rounded_score_is_not_a_finding()
    {
        var yaml = WithBudget(Budget.Replace("        score: 9.6\n", string.Empty, StringComparison.Ordinal), "97.63");

        Assert.DoesNotContain(TestUnits.Check(yaml), d => d.Code == "FC1803");
    }

    [Fact]
    public void A_zero_adjusted_budget_without_a_score_prints_no_score_and_no_rate()
    {
        var yaml = WithBudget("        fiscal:\n          initial: 0\n          adjusted: 0\n          executed: 0\n        weight: 10\n", "88");

        Assert.Null(ReportFigures.Of(TestUnits.Load(yaml)).ProjectForms[0].BudgetScore);
        var rows = Form(yaml);
        Assert.Contains("总额\t0.00\t0.00\t0.00\t—\t10\t\t", rows);
        Assert.Contains("其中：财政资金\t0.00\t0.00\t0.00\t—\t/\t/\t", rows);
        Assert.DoesNotContain(rows, r => r.Contains("0.00%", StringComparison.Ordinal));

        var finding = Assert.Single(UnitChecker.Check(TestUnits.Load(WithBudget("        fiscal:\n          initial: 0\n          adjusted: 0\n          executed: 0\n        weight: 10\n", "90"))), d => d.Code == "FC1803");
        Assert.Contains("预算执行没有得分", finding.Message, StringComparison.Ordinal);
    }
}
