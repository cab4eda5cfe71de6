using Fincomp.Derivation;
using Fincomp.Input;
using Fincomp.Tables;
using Fincomp.Tests.Support;
using Xunit;

namespace Fincomp.Tests.Tables;

/// <summary>Table 2 prints a 科目's spending as its income only when the unit's income and spending are the same.</summary>
public sealed class IncomeTableBalanceTests
{
    private static IReadOnlyList<string> Rows(string sample, bool withoutIncomeLines = false)
    {
        var unit = new UnitLoader().Load(TestPaths.Sample(sample)).Unit!;
        if (withoutIncomeLines)
        {
            unit = unit with { Functional = unit.Functional with { Income = [] } };
        }

        return TableText.Rows(StandardTables.For(ReportFigures.Of(unit)).Single(t => t.Key == "table2").Table);
    }

    [Fact]
    public void When_income_equals_spending_each_row_shows_its_spending_as_income() =>
        Assert.Contains("201\t一般公共服务支出\t773.13\t773.13\t0.00\t0.00\t0.00\t0.00\t0.00", Rows("dangqun-2023.yaml"));

    [Fact]
    public void When_a_balance_is_carried_forward_the_rows_income_is_left_blank_and_the_total_printed()
    {
        // 规划建设局: income 4,165.30, spending 4,015.30, 150 carried to next year.
        var rows = Rows(Path.Combine("park", "guijian-2023.yaml"), withoutIncomeLines: true);

        Assert.Contains(rows, r => r.StartsWith("212\t", StringComparison.Ordinal) && r.Split('\t')[2..4].All(c => c.Length == 0));
        Assert.Equal("合计\t4,165.30\t4,165.30\t0.00\t0.00\t0.00\t0.00\t0.00", rows[^1]);
    }

    [Fact]
    public void With_income_lines_the_rows_of_a_unit_carrying_balances_add_up_to_the_total()
    {
        var rows = Rows(Path.Combine("park", "guijian-2023.yaml"));

        Assert.Contains("212\t城乡社区支出\t4,081.10\t4,081.10\t0.00\t0.00\t0.00\t0.00\t0.00", rows);
        Assert.Contains("2120801\t征地和拆迁补偿支出\t2,500.00\t2,500.00\t0.00\t0.00\t0.00\t0.00\t0.00", rows);
        Assert.Equal("合计\t4,165.30\t4,165.30\t0.00\t0.00\t0.00\t0.00\t0.00", rows[^1]);
    }
}
