using Fincomp.Checks;
using Fincomp.Derivation;
using Fincomp.Diagnostics;
using Fincomp.Tables;
using Fincomp.Tests.Audit;
using Fincomp.Tests.Checks;
using Fincomp.Tests.Support;
using Fincomp.Tests.Tables;
using Xunit;

namespace Fincomp.Tests.Derivation;

/// <summary>
/// A unit whose statement prints 基本支出 or 一般公共预算 income a cent off the 项 lines (all 一般公共预算, so tables 1–3
/// and tables 4–5 print the same 类): the cent the figures of record move goes to one row, and that row prints one
/// value in every table and in the text, and every 合计 row adds up exactly over its 类.
/// </summary>
public sealed class FigureOfRecordAcrossTablesTests
{
    private static readonly Lazy<string> Zhifa = new(() => File.ReadAllText(TestPaths.Sample(Path.Combine("park", "zhifa-2023.yaml"))));

    /// <summary>The 项 add to 基本 486.20 and 项目 782.20 (1268.40); the statement prints <paramref name="basic"/> and <paramref name="income"/>.</summary>
    private static string Unit(string basic, string income) =>
        TestUnits.ReplaceOnce(
            TestUnits.ReplaceOnce(Zhifa.Value, "    basic: 486.20\n", $"    basic: {basic}\n"),
            "    general_budget: 1268.40\n",
            $"    general_budget: {income}\n");

    /// <summary>
    /// 212's only basic 项 (412.35) leaves its 类 no room for a cent of 基本支出, and a cent of 项目支出 would print 212
    /// above the statement's 项目支出 782.20: no 类 can take the cent, so every 类 prints the sum of its 项 in every
    /// table, and the 合计 of record stands over them within rounding. The 基本支出 of record is one figure in the
    /// statement's tables, in table 5 and in section 六.
    /// </summary>
    [Theory]
    [InlineData("486.21", "1268.41")]
    [InlineData("486.21", "1268.40")]
    [InlineData("486.20", "1268.41")]
    [InlineData("486.19", "1268.39")]
    public void A_cent_no_class_can_take_leaves_every_class_one_value_in_every_table(string basic, string income)
    {
        var yaml = Unit(basic, income);
        var loaded = TestUnits.Load(yaml);
        Assert.DoesNotContain(UnitChecker.Check(loaded), d => d.Severity == Severity.Error);
        var figures = ReportFigures.Of(loaded);

        var expenditure = Coded(ExpenditureTable.Build(figures).Table);
        var generalBudget = Coded(GeneralBudgetExpenditureTable.Build(figures).Table);
        Assert.Equal(["1,194.55", "412.35", "782.20"], expenditure["212"][..3]);
        Assert.Equal(expenditure.Keys.Order(), generalBudget.Keys.Order());
        foreach (var (code, cells) in expenditure)
        {
            Assert.Equal(cells[..3], generalBudget[code][..3]);
        }

        Assert.Equal(figures.Basic.Total, figures.GeneralBudget.Total.Basic);
        if (figures.Totals.ExpenditureTotal == figures.GeneralBudget.Total.Actual)
        {
            // All spending is 一般公共预算: table 3's 合计 row and table 5's are one row of figures.
            var statementRow = TableText.Rows(ExpenditureTable.Build(figures).Table).Single(r => r.StartsWith("合计", StringComparison.Ordinal)).Split('\t')[1..4];
            var generalBudgetRow = TableText.Rows(GeneralBudgetExpenditureTable.Build(figures).Table).Single(r => r.StartsWith("合计", StringComparison.Ordinal)).Split('\t')[1..4];
            Assert.Equal(statementRow, generalBudgetRow);
        }

        AuditedBuild.AssertClean(AuditedBuild.Compile(loaded), yaml);
    }

    /// <summary>
    /// Income 200.01 and 基本支出 170.01 over 项 adding to 200.00 and 170.00: 201 has two basic 项 in one 款, so it takes
    /// the cent that balances 一般公共预算 spending as 基本支出 (the split of record), and prints 150.01 in table 3 as in
    /// table 5 (not the sum of its 项 in the one and the figure of record in the other), and the 合计 rows add exactly.
    /// </summary>
    [Fact]
    public void A_cent_a_class_can_take_is_printed_in_every_table_that_prints_the_class()
    {
        const string yaml = """
            unit:
              name: 测试单位
              short_name: 测试
              year: 2023
              kind: 行政单位
            statement:
              income:
                general_budget: 200.01
                government_fund: 0
                state_capital: 0
                superior_subsidy: 0
                business: 0
                operating: 0
                affiliate_remittance: 0
                other: 0
              expenditure:
                basic: 170.01
                project: 30.00
                remittance_to_superior: 0
                operating: 0
                subsidy_to_affiliates: 0
            functional:
              lines:
                - code: "2010301"
                  actual: 100.00
                  basic: 100.00
                - code: "2010350"
                  actual: 50.00
                  basic: 50.00
                - code: "2080501"
                  actual: 20.00
                  basic: 20.00
                - code: "2081002"
                  actual: 30.00
                  project: 30.00
            basic_expenditure:
              personnel: 120.01
              public: 50.00
            three_public:
              budget: {overseas: 0, vehicle_purchase: 0, vehicle_operation: 0, domestic_reception: 0, foreign_reception: 0}
              actual: {overseas: 0, vehicle_purchase: 0, vehicle_operation: 0, domestic_reception: 0, foreign_reception: 0}
            """;
        var loaded = TestUnits.Load(yaml);
        Assert.DoesNotContain(UnitChecker.Check(loaded), d => d.Severity == Severity.Error);
        var figures = ReportFigures.Of(loaded);

        var expenditure = Coded(ExpenditureTable.Build(figures).Table);
        var generalBudget = Coded(GeneralBudgetExpenditureTable.Build(figures).Table);
        Assert.Equal(["150.01", "150.01", "0.00"], expenditure["201"][..3]);
        Assert.Equal(["150.01", "150.01", "0.00"], generalBudget["201"][..3]);
        Assert.Equal(["150.01", "150.01", "0.00"], expenditure["20103"][..3]);
        Assert.Equal(170.01m, figures.Basic.Total);
        Assert.Equal(figures.Totals.ExpenditureTotal, figures.All.Classes.Sum(c => c.Amounts.Actual));
        Assert.Equal(figures.Basic.Total, figures.All.Classes.Sum(c => c.Amounts.Basic));
        Assert.Equal(figures.GeneralBudget.Total.Basic, figures.GeneralBudget.Classes.Sum(c => c.Amounts.Basic));
        AuditedBuild.AssertClean(AuditedBuild.Compile(loaded), yaml);
    }

    /// <summary>The 类/款 rows of a 功能分类 table by code, each with its amount cells as printed.</summary>
    private static Dictionary<string, string[]> Coded(Document.Table table) =>
        TableText.Rows(table)
            .Select(r => r.Split('\t'))
            .Where(c => c[0].Length is 3 or 5)
            .ToDictionary(c => c[0], c => c[2..], StringComparer.Ordinal);
}
