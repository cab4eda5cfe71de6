using System.Globalization;
using CsCheck;
using Fincomp.Model;
using Fincomp.Tables;
using Xunit;

namespace Fincomp.Tests.Tables;

/// <summary>Table 2 prints income by 科目 as recorded when the unit file has it, and derives it from spending otherwise.</summary>
public sealed class IncomeTableTests
{
    private static Money M(decimal value) => new(value, default);

    private static IReadOnlyList<string> Row(UnitYear unit, string code) =>
        StandardTables.For(unit)[1].Table.Rows.Single(r => r.Cells[0].Text == code).Cells.Select(c => c.Text).ToList();

    private static UnitYear WithIncome(params IncomeLine[] lines) =>
        SampleUnit.Value with { Functional = SampleUnit.Value.Functional with { Income = lines } };

    [Fact]
    public void Recorded_income_lines_are_printed_and_summed_to_their_class()
    {
        var unit = WithIncome(
            new IncomeLine { Code = "2010301", Total = M(800m), Fiscal = M(800m) },
            new IncomeLine { Code = "2010350", Total = M(37.44m), Fiscal = M(37.44m) });

        Assert.Equal(["2010301", "行政运行", "800.00", "800.00", "0.00", "0.00", "0.00", "0.00", "0.00"], Row(unit, "2010301"));
        Assert.Equal(["201", "一般公共服务支出", "837.44", "837.44", "0.00", "0.00", "0.00", "0.00", "0.00"], Row(unit, "201"));
        Assert.DoesNotContain(StandardTables.For(unit)[1].Table.Rows, r => r.Cells[0].Text == "2010401");
    }

    [Fact]
    public void A_column_whose_lines_do_not_add_up_to_the_total_is_left_blank_and_reported()
    {
        var unit = WithIncome(
            new IncomeLine { Code = "2010301", Total = M(10m), Fiscal = M(6m), Business = M(4m) },
            new IncomeLine { Code = "2010350", Total = M(1.5m), Fiscal = M(1.5m) });

        Assert.Equal(["2010301", "行政运行", "", "", "0.00", "", "0.00", "0.00", "0.00"], Row(unit, "2010301"));
        Assert.Equal(["201", "一般公共服务支出", "", "", "0.00", "", "0.00", "0.00", "0.00"], Row(unit, "201"));
        Assert.Equal(3, Fincomp.Checks.UnitChecker.Check(unit).Count(d => d.Code == "FC1206" && d.Severity == Fincomp.Diagnostics.Severity.Error));
    }

    [Fact]
    public void Without_income_lines_the_rows_show_spending() =>
        Assert.Equal(["2010301", "行政运行", "7.50", "7.50", "0.00", "0.00", "0.00", "0.00", "0.00"], Row(SampleUnit.Value, "2010301"));

    /// <summary>
    /// Over generated units (balances carried in and out, income by 科目 in half of them): every column of table 2 whose
    /// 类 rows all print adds up to the 合计 within the rounding of its cells; a column that cannot is left blank.
    /// </summary>
    [Fact]
    public void Printed_rows_always_add_up_to_the_total() =>
        Gen.Int[0, int.MaxValue].Sample(seed =>
        {
            var unit = Fincomp.Tests.Import.ImportHarness.LoadYaml(Fincomp.Tests.Import.GeneratedUnits.Yaml(seed));
            var rows = StandardTables.For(unit)[1].Table.Rows;
            var total = rows[^1];
            var classes = rows.Skip(1).Where(r => r.Cells[0].Text.Length == 3).ToList();
            for (var column = 2; column < 9; column++)
            {
                var cells = classes.Select(r => r.Cells[column].Text).ToList();
                if (cells.Count == 0 || cells.Any(string.IsNullOrEmpty))
                {
                    continue;
                }

                var sum = cells.Sum(Parse);
                Assert.True(
                    Math.Abs(sum - Parse(total.Cells[column - 1].Text)) <= 0.005m * (cells.Count + 1),
                    $"seed {seed} column {column}: rows add to {sum}, 合计 {total.Cells[column - 1].Text}");
            }
        }, iter: 150, threads: 1);

    [Fact]
    public void A_unit_carrying_balances_without_income_lines_leaves_the_income_of_its_rows_blank()
    {
        var unit = SampleUnit.Value with
        {
            Statement = SampleUnit.Value.Statement with { OpeningBalance = M(12.88m), ClosingBalance = M(12.88m) },
        };

        Assert.Equal(["2010301", "行政运行", "", "7.50", "0.00", "0.00", "0.00", "0.00", "0.00"], Row(unit, "2010301"));
        Assert.Contains(Fincomp.Checks.UnitChecker.Check(unit), d => d.Code == "FC1207");
    }

    private static decimal Parse(string text) => decimal.Parse(text, NumberStyles.Number, CultureInfo.InvariantCulture);
}
