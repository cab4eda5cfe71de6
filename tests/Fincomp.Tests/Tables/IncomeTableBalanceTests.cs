using Fincomp.Derivation;
using Fincomp.Input;
using Fincomp.Tables;
using Fincomp.Tests.Support;
using Xunit;

namespace Fincomp.Tests.Tables;

/// <summary>Table 2 prints a 科目's spending as its income only when the unit's income and spending are the same.</summary>
public sealed class IncomeTableBalanceTests
{
    private static IReadOnlyList<string> Rows(string sample)
    {
        var unit = new UnitLoader().Load(TestPaths.Sample(sample)).Unit!;
        return TableText.Rows(StandardTables.For(ReportFigures.Of(unit)).Single(t => t.Key == "table2").Table);
    }

    [Fact]
    public void When_income_equals_spending_each_row_shows_its_spending_as_income() =>
        Assert.Contains("201\t一般公共服务支出\t773.13\t773.13\t0.00\t0.00\t0.00\t0.00\t0.00", Rows("dangqun-2023.yaml"));

    [Fact]
    public void When_a_balance_is_carried_forward_the_rows_income_is_left_blank_and_the_total_printed()
    {
        // 规划建设局: income 4,165.30, spending 4,015.30, 150 carried to next year.
        var rows = Rows(Path.Combine("park", "guijian-2023.yaml"));

        Assert.Contains(rows, r => r.StartsWith("212\t", StringComparison.Ordinal) && r.Split('\t')[2..4].All(c => c.Length == 0));
        Assert.Equal("合计\t4,165.30\t4,165.30\t0.00\t0.00\t0.00\t0.00\t0.00", rows[^1]);
    }
}
