using CsCheck;
using Fincomp.Derivation;
using Fincomp.Diagnostics;
using Fincomp.Model;
using Fincomp.Narrative;
using Fincomp.Tests.Checks;
using Xunit;

namespace Fincomp.Tests.Derivation;

/// <summary>
/// The comparison basis (全年预算 or 年初预算): chosen or inferred once, it decides the completion wording, the note,
/// the per-item budgets the text compares and the rules that compare with a budget; the 财政拨款-level rate is derived.
/// </summary>
public sealed class ComparisonBasisTests
{
    private const string LineBudget = "\n      budget: ";
    private const string LineInitialBudget = "\n      initial_budget: ";

    /// <summary>The consistent unit with every 项's budget written as 年初预算 instead, 2013202's raised to 160 with a reason.</summary>
    private static string OnlyInitial() =>
        TestUnits.ReplaceOnce(
            ConsistentUnit.Yaml.Replace(LineBudget, LineInitialBudget, StringComparison.Ordinal),
            "initial_budget: 150.00\n      actual: 150.00",
            "initial_budget: 160.00\n      actual: 150.00\n      reason: 厉行节约");

    private static string Render(ReportFigures figures)
    {
        var diagnostics = new DiagnosticBag();
        var text = new NarrativeRenderer().Render(figures, diagnostics);
        Assert.Empty(diagnostics.Items);
        Assert.NotNull(text);
        return text;
    }

    [Fact]
    public void A_unit_that_entered_only_initial_budgets_is_compared_with_them()
    {
        var figures = ReportFigures.Of(TestUnits.Load(OnlyInitial()));

        Assert.True(figures.Comparison.IsInitial);
        Assert.False(figures.Comparison.Chosen);
        var text = Render(figures);
        Assert.Contains("支出决算为150万元，完成年初预算的93.75%。决算数小于预算数的主要原因是厉行节约。", text, StringComparison.Ordinal);
        Assert.Contains("上述“预算”口径为年初预算数。增减变动原因为决算数<项级>和年初预算数<项级>比较", text, StringComparison.Ordinal);
        Assert.DoesNotContain("完成预算", text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_default_unit_keeps_the_full_year_wording()
    {
        var figures = ReportFigures.Of(TestUnits.Load(ConsistentUnit.Yaml));

        Assert.False(figures.Comparison.IsInitial);
        var text = Render(figures);
        Assert.Contains("完成预算100%", text, StringComparison.Ordinal);
        Assert.Contains("上述“预算”口径为全年预算数。", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_chosen_basis_wins_over_what_the_lines_give_and_the_lines_without_it_are_reported()
    {
        var yaml = OnlyInitial() + "settings:\n  comparison_basis: 全年预算\n";
        var unit = TestUnits.Load(yaml);
        var figures = ReportFigures.Of(unit);

        Assert.False(figures.Comparison.IsInitial);
        Assert.True(figures.Comparison.Chosen);
        var findings = Fincomp.Checks.UnitChecker.Check(unit).Where(d => d.Code == "FC1706").ToList();
        Assert.Equal(3, findings.Count);
        Assert.Equal(TestUnits.LineOf(yaml, "initial_budget: 160.00"), findings[1].Span.Line);
        Assert.DoesNotContain("完成", Render(figures).Split("（三）一般公共预算财政拨款支出决算具体情况")[1].Split("###")[0], StringComparison.Ordinal);
    }

    [Fact]
    public void The_reason_rule_follows_the_basis()
    {
        var yaml = OnlyInitial().Replace("\n      reason: 厉行节约", string.Empty, StringComparison.Ordinal);
        var findings = TestUnits.Check(yaml).Where(d => d.Code == "FC1701").ToList();

        var finding = Assert.Single(findings);
        Assert.Contains("小于年初预算 160", finding.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(TestUnits.Check(ConsistentUnit.Yaml.Replace(LineBudget, LineInitialBudget, StringComparison.Ordinal)), d => d.Code is "FC1701" or "FC1706");
    }

    [Fact]
    public void A_zero_initial_budget_is_reported_and_never_given_a_rate()
    {
        var yaml = TestUnits.ReplaceOnce(OnlyInitial(), "initial_budget: 160.00", "initial_budget: 0");
        var figures = ReportFigures.Of(TestUnits.Load(yaml));

        Assert.Contains(TestUnits.Check(yaml), d => d.Code == "FC1703" && d.Span.Line == TestUnits.LineOf(yaml, "initial_budget: 0"));
        Assert.Contains("支出决算为150万元，年初预算数为0万元。", Render(figures), StringComparison.Ordinal);
    }

    [Fact]
    public void The_fiscal_completion_rate_is_the_fiscal_grand_total_against_its_initial_budget()
    {
        var yaml = TestUnits.ReplaceOnce(ConsistentUnit.Yaml, "appropriations:\n", "appropriations:\n  initial_budget: 320.00\n");
        var figures = ReportFigures.Of(TestUnits.Load(yaml));

        Assert.Equal(305m, figures.Totals.FiscalExpenditureGrandTotal);
        Assert.Equal(95.31m, figures.FiscalCompletionRate);
        Assert.Contains("财政拨款年初预算为320万元，财政拨款支出总计完成年初预算的95.31%。", Render(figures), StringComparison.Ordinal);
        var shanghai = ReportFigures.Of(TestUnits.Load(yaml + "settings:\n  template_pack: shanghai\n"));
        Assert.Contains("财政拨款支出总计完成年初预算的95.31%。", Render(shanghai), StringComparison.Ordinal);
        Assert.Null(ReportFigures.Of(TestUnits.Load(ConsistentUnit.Yaml)).FiscalCompletionRate);
        Assert.DoesNotContain("完成年初预算", Render(ReportFigures.Of(TestUnits.Load(ConsistentUnit.Yaml))), StringComparison.Ordinal);

        var zero = TestUnits.ReplaceOnce(ConsistentUnit.Yaml, "appropriations:\n", "appropriations:\n  initial_budget: 0\n");
        Assert.Null(ReportFigures.Of(TestUnits.Load(zero)).FiscalCompletionRate);
        Assert.Contains(TestUnits.Check(zero), d => d.Code == "FC1703" && d.Span.Line == TestUnits.LineOf(zero, "initial_budget: 0"));
    }

    [Theory]
    [InlineData("160", "150", "完成年初预算的93.75%")]
    [InlineData("0", "5", "年初预算数为0万元")]
    [InlineData("0.004", "0", "未安排预算")]
    public void Completion_on_the_initial_basis(string budget, string actual, string expected) =>
        Assert.Equal(expected, new Wording(TextAmountStyle.Trimmed, comparison: BudgetComparison.On(BudgetBasis.Initial)).Completion(decimal.Parse(budget), decimal.Parse(actual)));

    [Fact]
    public void A_budget_that_prints_as_zero_never_gets_a_rate_on_either_basis()
    {
        var wordings = new[] { BudgetBasis.FullYear, BudgetBasis.Initial }.Select(b => new Wording(TextAmountStyle.Trimmed, comparison: BudgetComparison.On(b))).ToList();
        Gen.Select(Gen.Decimal[-0.00499m, 0.00499m], Gen.Decimal[0m, 1_000_000m]).Sample((budget, actual) =>
            wordings.All(w => !w.Completion(budget, actual).Contains('%', StringComparison.Ordinal)));
    }

    [Fact]
    public void The_rate_in_the_text_is_the_derived_rate() =>
        Gen.Select(Gen.Decimal[0.01m, 100_000m], Gen.Decimal[0m, 100_000m]).Sample((budget, actual) =>
            new Wording(TextAmountStyle.Trimmed, comparison: BudgetComparison.On(BudgetBasis.Initial)).Completion(budget, actual)
            == $"完成年初预算的{Display.TextPercent(Display.CompletionPercent(budget, actual)!.Value)}%");
}
