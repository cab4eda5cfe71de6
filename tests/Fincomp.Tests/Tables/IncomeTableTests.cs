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

    [Fact]
    public void Recorded_income_lines_are_printed_and_summed_to_their_class()
    {
        var unit = SampleUnit.Value with
        {
            Functional = SampleUnit.Value.Functional with
            {
                Income =
                [
                    new IncomeLine { Code = "2010301", Total = M(10m), Fiscal = M(6m), Business = M(4m) },
                    new IncomeLine { Code = "2010350", Total = M(1.5m), Fiscal = M(1.5m) },
                ],
            },
        };

        Assert.Equal(["2010301", "行政运行", "10.00", "6.00", "", "4.00", "", "", ""], Row(unit, "2010301"));
        Assert.Equal(["201", "一般公共服务支出", "11.50", "7.50", "", "4.00", "", "", ""], Row(unit, "201"));
        Assert.DoesNotContain(StandardTables.For(unit)[1].Table.Rows, r => r.Cells[0].Text == "2010401");
    }

    [Fact]
    public void Without_income_lines_the_rows_show_spending() =>
        Assert.Equal(["2010301", "行政运行", "7.50", "7.50", "0.00", "0.00", "0.00", "0.00", "0.00"], Row(SampleUnit.Value, "2010301"));
}
