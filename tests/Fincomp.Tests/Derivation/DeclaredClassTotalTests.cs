using Fincomp.Checks;
using Fincomp.Derivation;
using Fincomp.Tests.Checks;
using Fincomp.Tests.Support;
using Xunit;

namespace Fincomp.Tests.Derivation;

/// <summary>
/// A 类 printing its declared total prints that one value in every table and in the text, and table 2's check of
/// income against spending reads the 项 rows the table prints.
/// </summary>
public sealed class DeclaredClassTotalTests
{
    private static readonly Lazy<string> Seed = new(() => File.ReadAllText(TestPaths.Sample("dangqun-2023.yaml")));

    // 201 (773.13 over 773.12), 208 (2.16 over 2.15) and 224 (0.72 over 0.73) leave the 类 adding to 837.45 under 837.44.
    private static string With208(string actual) =>
        TestUnits.ReplaceOnce(Seed.Value, "      actual: 2.15\n    - code: \"210\"", $"      actual: {actual}\n    - code: \"210\"");

    private static decimal Class(FunctionalTree tree, string code) => tree.Classes.Single(c => c.Code == code).Amounts.Actual;

    [Theory]
    [InlineData("2.15")]
    [InlineData("2.16")]
    public void A_declared_class_total_is_one_value_in_every_tree(string actual)
    {
        var figures = ReportFigures.Of(TestUnits.Load(With208(actual)));

        Assert.Equal(773.13m, Class(figures.All, "201"));
        Assert.Equal(773.13m, Class(figures.Fiscal, "201"));
        Assert.Equal(773.13m, Class(figures.GeneralBudget, "201"));
        Assert.Equal(Class(figures.All, "208"), Class(figures.GeneralBudget, "208"));
    }

    [Fact]
    public void Income_from_spending_compares_the_item_rows_with_the_income_total()
    {
        var unit = TestUnits.Load(With208("2.16"));
        var figures = ReportFigures.Of(unit);

        Assert.Equal(837.44m, figures.IncomeRows.Spending);
        Assert.True(figures.IncomeRows.TotalFromSpending);
        Assert.DoesNotContain(UnitChecker.Check(unit), d => d.Code == "FC1207");
    }
}
