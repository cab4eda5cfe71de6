using Fincomp.Authoring;
using Fincomp.Input;
using Xunit;

namespace Fincomp.Tests.Init;

/// <summary>The starter text reads back exactly: texts YAML would misread are quoted, and every section is present.</summary>
public sealed class StarterFileTests
{
    private const string LastYear = """
        unit:
          name: "测试单位: 甲"
          short_name: "#1 单位"
          year: 2023
          kind: 事业单位
        statement:
          income:
            general_budget: 1
          expenditure:
            basic: 1
        functional:
          lines:
            - code: "2010350"
              fund: 其他资金
              actual: 1
              basic: 1
              purpose: "2000"
            - code: "2010301"
              actual: 0
              purpose: "- 带引号\"和反斜杠\\以及 # 号"
            - code: "2010302"
              actual: 0
              purpose: "true"
        """;

    [Fact]
    public void Texts_that_yaml_would_misread_survive_the_round_trip()
    {
        var last = new UnitLoader().LoadText(LastYear, "last.yaml");
        Assert.True(last.Succeeded, string.Join("\n", last.Diagnostics));

        var text = StarterFile.Write(new StarterOptions { Year = 2024, LastYear = last.Unit, PreviousYearPath = "last.yaml" });
        var written = new UnitLoader().LoadText(text.Replace("previous_year: last.yaml\n", ""), "next.yaml");

        Assert.True(written.Succeeded, string.Join("\n", written.Diagnostics) + "\n" + text);
        Assert.Equal("测试单位: 甲", written.Unit!.Unit.Name);
        Assert.Equal("#1 单位", written.Unit.Unit.ShortName);
        Assert.Equal(Model.UnitKind.Institution, written.Unit.Unit.Kind);
        Assert.Equal(["2000", "- 带引号\"和反斜杠\\以及 # 号", "true"], written.Unit.Functional.Lines.Select(l => l.Purpose));
        Assert.Equal(Model.Fund.Other, written.Unit.Functional.Lines[0].Fund);
    }

    [Theory]
    [InlineData("statement:")]
    [InlineData("appropriations:")]
    [InlineData("functional:")]
    [InlineData("basic_expenditure:")]
    [InlineData("three_public:")]
    [InlineData("operating_costs:")]
    [InlineData("procurement:")]
    [InlineData("assets:")]
    [InlineData("performance_management:")]
    [InlineData("# previous_year:")]
    [InlineData("# performance:")]
    public void A_blank_file_shows_every_section(string line)
    {
        var text = StarterFile.Write(new StarterOptions { Year = 2024 });

        Assert.Contains(text.Split('\n'), l => l == line || l.StartsWith(line + " ", StringComparison.Ordinal));
    }

    [Fact]
    public void The_same_options_give_the_same_text()
    {
        var options = new StarterOptions { Year = 2024, SchemaPath = "../docs/fincomp.schema.json" };

        Assert.Equal(StarterFile.Write(options), StarterFile.Write(options));
    }
}
