using Fincomp.Checks;
using Fincomp.Derivation;
using Fincomp.Model;
using Fincomp.Reference;
using Fincomp.Tables;
using Fincomp.Tests.Checks;
using Fincomp.Tests.Tables;
using Xunit;

namespace Fincomp.Tests.Derivation;

/// <summary>
/// The loader passes a 科目编码 through as written, so a line may reach the report with a code that is not seven ASCII
/// digits. FC1203 reports it, and the 类 → 款 → 项 rows hold only lines whose code is a <see cref="FunctionalCode"/>:
/// such a line is in no 类 (not one of its own, as "２０１", nor the 类 its first digits name).
/// </summary>
public sealed class OddFunctionalCodeTests
{
    private const string Unit = """
        unit: { name: 测试单位, short_name: 测试, year: 2023, kind: 行政单位 }
        statement: { income: { general_budget: 3.01 }, expenditure: { basic: 3.01 } }
        functional:
          lines:
            - { code: "2010301", actual: 1.01, basic: 1.01 }
            - { code: "ODD", actual: 1.00, basic: 1.00 }
            - { code: "2080201", actual: 1.00, basic: 1.00 }
          declared_totals:
            - { code: "201", actual: 1.01 }
        """;

    private static UnitYear Load(string code) => TestUnits.Load(Unit.Replace("ODD", code, StringComparison.Ordinal));

    [Theory]
    [InlineData("２０１０３５０")]
    [InlineData("201035x")]
    [InlineData("20103")]
    [InlineData("201")]
    [InlineData("20103500")]
    public void A_line_whose_code_is_not_a_item_code_is_in_no_class_and_is_reported(string code)
    {
        var unit = Load(code);

        var tree = FunctionalTree.Build(unit.Functional.Lines, ClassificationTable.Functional);

        Assert.Equal(["201", "208"], tree.Classes.Select(c => c.Code));
        Assert.Equal(["20103"], tree.Classes[0].Children.Select(c => c.Code));
        Assert.Equal(["2010301"], tree.Classes[0].Children[0].Children.Select(c => c.Code));
        Assert.Equal(2.01m, tree.Total.Actual);
        Assert.Contains(UnitChecker.Check(unit), d => d.Code == "FC1203" && d.Message.Contains(code, StringComparison.Ordinal));
    }

    [Fact]
    public void Valid_codes_roll_up_into_their_class_and_section()
    {
        var unit = Load("2010350");

        var tree = FunctionalTree.Build(unit.Functional.Lines, ClassificationTable.Functional);

        Assert.Equal(["201", "208"], tree.Classes.Select(c => c.Code));
        Assert.Equal(["2010301", "2010350"], tree.Classes[0].Children.Single().Children.Select(c => c.Code));
        Assert.Equal(3.01m, tree.Total.Actual);
    }

    /// <summary>
    /// 一般公共预算 spending takes a 类's printed total as its figure of record only when every line is in that 类: a line
    /// without a 项 code is in none, so the printed 201 total (2.02 over 项 of 2.01) does not stand for all spending.
    /// </summary>
    [Theory]
    [InlineData("２０１０３５０", 2.01)]
    [InlineData("20103", 2.01)]
    [InlineData("2010350", 2.02)]
    public void Only_item_coded_lines_make_one_class_the_whole(string code, double expected)
    {
        var unit = TestUnits.Load(Unit.Replace("ODD", code, StringComparison.Ordinal)
            .Replace("    - { code: \"2080201\", actual: 1.00, basic: 1.00 }\n", "", StringComparison.Ordinal)
            .Replace("{ code: \"201\", actual: 1.01 }", "{ code: \"201\", actual: 2.02 }", StringComparison.Ordinal));

        Assert.Equal((decimal)expected, new UnitTotals(unit).GeneralBudgetExpenditure);
    }

    [Fact]
    public void An_income_line_whose_code_is_not_a_item_code_prints_no_row()
    {
        var unit = SampleUnit.Value with
        {
            Functional = SampleUnit.Value.Functional with
            {
                Income =
                [
                    new IncomeLine { Code = "2010301", Total = new Money(800m, default), Fiscal = new Money(800m, default) },
                    new IncomeLine { Code = "２０１０３５０", Total = new Money(37.44m, default), Fiscal = new Money(37.44m, default) },
                ],
            },
        };

        var codes = StandardTables.For(unit)[1].Table.Rows.Select(r => r.Cells[0].Text).ToList();

        Assert.Contains("2010301", codes);
        Assert.DoesNotContain(codes, c => c.Contains('２', StringComparison.Ordinal));
        Assert.Single(codes, "201");
    }
}
