using Fincomp.Derivation;
using Fincomp.Tests.Support;
using Xunit;

namespace Fincomp.Tests.Checks;

/// <summary>FC1107 names what prevents a printed total and prints amounts with two decimals, as the tables do.</summary>
public sealed class SetAsideMessageTests
{
    private static readonly Lazy<string> Zhifa = new(() => File.ReadAllText(TestPaths.Sample(Path.Combine("park", "zhifa-2023.yaml"))));

    private static string Message(string yaml) =>
        Assert.Single(TestUnits.Check(yaml), d => d.Code == "FC1107").Message;

    [Fact]
    public void A_class_total_set_aside_names_the_split_that_cannot_take_its_cent()
    {
        // 212's 项 add to 1194.55 (412.35 + 596.80 + 185.40); a printed 1194.56 would move a cent into a 基本/项目 split
        // that cannot take it, not into the 项 the message used to list.
        var yaml = TestUnits.ReplaceOnce(Zhifa.Value, "functional:\n  lines:\n", "functional:\n  declared_totals:\n    - code: \"212\"\n      actual: 1194.56\n  lines:\n");

        Assert.Equal(
            "印出的科目 212 合计 1194.56 未采用：它与各项之和 1194.55 在四舍五入误差之内，但采用它时表3 支出决算表中合计行的项目支出 782.20 无法与其下各行一致相加；"
                + "报告的表格、正文、图表和汇总表一律采用 1194.55。",
            Message(yaml));
    }

    private static readonly Lazy<string> Jingxin = new(() => File.ReadAllText(TestPaths.Sample(Path.Combine("park", "jingxin-2023.yaml"))));

    /// <summary>jingxin with a 5.00 project 项 under 201 and a printed 201 of 585.81 over 项 that add to 585.80.</summary>
    private static string JingxinWithCentOn201()
    {
        var yaml = TestUnits.ReplaceOnce(Jingxin.Value, "general_budget: 806.40", "general_budget: 811.40");
        yaml = TestUnits.ReplaceOnce(yaml, "project: 478.00", "project: 483.00");
        yaml = TestUnits.ReplaceOnce(yaml, "previous_year: history/jingxin-2022.yaml\n", string.Empty);
        yaml = TestUnits.ReplaceOnce(yaml, "    - code: \"2150805\"\n",
            "    - code: \"2011399\"\n      budget: 5.00\n      actual: 5.00\n      project: 5.00\n      purpose: 主要用于商贸事务\n    - code: \"2150805\"\n");
        return TestUnits.ReplaceOnce(yaml, "住房公积金单位缴存\n  change_reason:", "住房公积金单位缴存\n  declared_totals:\n    - code: \"201\"\n      actual: 585.81\n  change_reason:");
    }

    [Fact]
    public void A_class_total_whose_cent_moves_another_class_is_kept_and_that_class_prints_alike_in_every_table()
    {
        // The 合计 of table 5 is 811.40: keeping 201 at 585.81 takes the cent from 215 (159.49 over 145.00 + 14.50). Tables
        // 1–4 print 215 with the same cent, so every table prints one value for each class and the printed 201 is used.
        var yaml = JingxinWithCentOn201();
        var loaded = TestUnits.Load(yaml);
        var figures = ReportFigures.Of(loaded);

        Assert.DoesNotContain(TestUnits.Check(yaml), d => d.Code == "FC1107");
        foreach (var tree in new[] { figures.All, figures.Fiscal, figures.GeneralBudget })
        {
            Assert.Equal(585.81m, tree.Classes.Single(c => c.Code == "201").Amounts.Actual);
            Assert.Equal(159.49m, tree.Classes.Single(c => c.Code == "215").Amounts.Actual);
        }

        Fincomp.Tests.Audit.AuditedBuild.AssertClean(Fincomp.Tests.Audit.AuditedBuild.Compile(loaded), yaml);
    }

    /// <summary>A unit with a 财政拨款 cent on the income side only and no <c>appropriations</c> section written.</summary>
    private const string CentOnFiscalIncome = """
        unit: { name: 测试单位, short_name: 测试, year: 2025, kind: 行政单位 }
        statement:
          income: { general_budget: 5.67 }
          expenditure: { basic: 3.36, project: 2.29 }
        functional:
          lines:
            - { code: "2010301", budget: 1.24, actual: 1.24, basic: 1.24 }
            - { code: "2101101", budget: 2.13, actual: 2.13, basic: 2.13 }
            - { code: "2010399", budget: 1.44, actual: 1.44, project: 1.44 }
            - { code: "2130199", budget: 0.94, actual: 0.85, project: 0.85 }
        basic_expenditure: { personnel: 2.37, public: 0.99 }
        three_public:
          budget: { overseas: 0, vehicle_purchase: 0, vehicle_operation: 0, domestic_reception: 0, foreign_reception: 0 }
          actual: { overseas: 0, vehicle_purchase: 0, vehicle_operation: 0, domestic_reception: 0, foreign_reception: 0 }
        """;

    [Fact]
    public void Fiscal_grand_totals_kept_apart_without_an_appropriations_section_point_at_the_unit_file()
    {
        var finding = Assert.Single(TestUnits.Check(CentOnFiscalIncome), d => d.Code == "FC1107" && d.Message.StartsWith("财政拨款收入总计 5.67 与财政拨款支出总计 5.66", StringComparison.Ordinal));

        Assert.Equal(Fincomp.Diagnostics.SourceSpan.StartOf(TestUnits.File), finding.Span);
    }

    [Fact]
    public void Personnel_costs_moved_without_items_name_what_they_are_instead_of_a_sum_of_items()
    {
        // No 款 amounts: 人员经费 + 公用经费 print 200.00 under 基本支出 200.01, so 人员经费 of record is 基本支出 less
        // 公用经费, not a sum of items.
        const string yaml = """
            unit: { name: 测试单位, short_name: 测试, year: 2025, kind: 行政单位 }
            statement:
              income: { general_budget: 300.01 }
              expenditure: { basic: 200.01, project: 100.00 }
            functional:
              lines:
                - { code: "2240101", budget: 170, actual: 170.01, basic: 170.01 }
                - { code: "2240106", budget: 100, actual: 100.00, project: 100.00 }
                - { code: "2080505", budget: 30, actual: 30.00, basic: 30.00 }
            basic_expenditure: { personnel: 170.00, public: 30.00 }
            three_public:
              budget: { overseas: 0, vehicle_purchase: 0, vehicle_operation: 0, domestic_reception: 0, foreign_reception: 0 }
              actual: { overseas: 0, vehicle_purchase: 0, vehicle_operation: 0, domestic_reception: 0, foreign_reception: 0 }
            """;
        var finding = Assert.Single(TestUnits.Check(yaml), d => d.Code == "FC1107" && d.Message.StartsWith("印出的人员经费", StringComparison.Ordinal));

        Assert.StartsWith("印出的人员经费 170.00 未采用：它与基本支出 200.01 减去公用经费 30.00 之差 170.01 在四舍五入误差之内", finding.Message, StringComparison.Ordinal);
    }
}
