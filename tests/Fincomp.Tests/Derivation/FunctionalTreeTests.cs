using Fincomp.Derivation;
using Fincomp.Input;
using Fincomp.Reference;
using Fincomp.Tests.Support;
using Xunit;

namespace Fincomp.Tests.Derivation;

/// <summary>A declared 类 total is printed when rounding explains its gap to the 项, and never otherwise.</summary>
public sealed class FunctionalTreeTests
{
    private const string Unit = """
        unit: { name: 测试单位, short_name: 测试, year: 2023, kind: 行政单位 }
        statement: { income: { general_budget: 3.01 }, expenditure: { basic: 3.01 } }
        functional:
          lines:
            - { code: "2010301", actual: 1.01, basic: 1.01 }
            - { code: "2010302", actual: 1.00, basic: 1.00 }
            - { code: "2080201", actual: 1.00, basic: 1.00 }
          declared_totals:
            - { code: "201", actual: DECLARED }
        """;

    [Theory]
    [InlineData("2.02", 2.02)]
    [InlineData("2.00", 2.00)]
    [InlineData("2.04", 2.01)]
    [InlineData("5", 2.01)]
    public void A_declared_class_total_is_used_only_within_rounding(string declared, double expected)
    {
        var unit = new UnitLoader().LoadText(Unit.Replace("DECLARED", declared), "unit.yaml").Unit!;

        var tree = FunctionalTree.GeneralBudget(unit, ClassificationTable.Functional);

        Assert.Equal((decimal)expected, tree.Classes.Single(c => c.Code == "201").Amounts.Actual);
        Assert.Equal(1.00m, tree.Classes.Single(c => c.Code == "208").Amounts.Actual);
    }

    [Fact]
    public void The_plain_tree_always_adds_up_its_items()
    {
        var unit = new UnitLoader().LoadText(Unit.Replace("DECLARED", "2.02"), "unit.yaml").Unit!;

        var tree = FunctionalTree.Build(unit.Functional.Lines, ClassificationTable.Functional);

        Assert.Equal(2.01m, tree.Classes.Single(c => c.Code == "201").Amounts.Actual);
    }

    [Fact]
    public void The_sample_prints_the_published_class_totals()
    {
        var unit = new UnitLoader().Load(TestPaths.Sample("dangqun-2023.yaml")).Unit!;

        var classes = FunctionalTree.GeneralBudget(unit, ClassificationTable.Functional).Classes.ToDictionary(c => c.Code, c => c.Amounts.Actual);

        Assert.Equal(773.13m, classes["201"]);
        Assert.Equal(0.72m, classes["224"]);
        Assert.Equal(837.44m, classes.Values.Sum());
    }
}
