using Fincomp.Input;
using Xunit;
using Fincomp.Tests.Support;

namespace Fincomp.Tests.Input;

/// <summary><c>previous_year</c> brings last year's figures from last year's file, and refuses loops and mismatches.</summary>
public sealed class PreviousYearTests : IDisposable
{
    private readonly TemporaryFolder _directory = new("fincomp-previous-");

    public void Dispose() => _directory.Dispose();

    [Fact]
    public void Last_years_totals_are_computed_from_its_file()
    {
        Write("u-2022.yaml", Unit(2022, income: 891.59m, extra: ""));
        var path = Write("u-2023.yaml", Unit(2023, income: 837.44m, extra: "previous_year: u-2022.yaml\n"));

        var result = new UnitLoader().Load(path);

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Null(result.Unit!.Previous);
        var previous = Fincomp.Derivation.ReportFigures.Of(result.Unit).Unit.Previous!;
        Assert.Equal(891.59m, previous.IncomeGrandTotal!.Value.Value);
        Assert.Equal(891.59m, previous.GeneralBudgetExpenditure!.Value.Value);
        Assert.Equal(path, previous.IncomeGrandTotal.Value.Span.File);
    }

    [Fact]
    public void A_loop_between_two_files_is_reported()
    {
        Write("a-2022.yaml", Unit(2022, income: 1m, extra: "previous_year: b-2023.yaml\n"));
        var path = Write("b-2023.yaml", Unit(2023, income: 1m, extra: "previous_year: a-2022.yaml\n"));

        var result = new UnitLoader().Load(path);

        Assert.False(result.Succeeded);
        Assert.Contains(result.Diagnostics, d => d.Code == InputCodes.PreviousYearCycle);
    }

    [Fact]
    public void A_previous_file_of_the_wrong_year_is_reported()
    {
        Write("old.yaml", Unit(2020, income: 1m, extra: ""));
        var path = Write("new.yaml", Unit(2023, income: 1m, extra: "previous_year: old.yaml\n"));

        var result = new UnitLoader().Load(path);

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(InputCodes.PreviousYearMismatch, diagnostic.Code);
        Assert.Equal(16, diagnostic.Span.Line);
    }

    [Fact]
    public void A_previous_file_that_is_not_a_unit_is_reported_with_its_own_errors()
    {
        Write("junk.yaml", "这不是单位文件\n");
        var path = Write("new.yaml", Unit(2023, income: 1m, extra: "previous_year: junk.yaml\n"));

        var result = new UnitLoader().Load(path);

        Assert.Contains(result.Diagnostics, d => d.Code == InputCodes.WrongShape && d.Span.File.EndsWith("junk.yaml"));
        Assert.Contains(result.Diagnostics, d => d.Code == InputCodes.PreviousYearMissing && d.Span.File == path);
    }

    [Fact]
    public void A_previous_file_of_another_unit_is_a_warning_naming_both_units_at_previous_year()
    {
        Write("other-2022.yaml", Unit(2022, income: 1m, extra: "").Replace("name: 测试单位", "name: 另一单位", StringComparison.Ordinal));
        var path = Write("u-2023.yaml", Unit(2023, income: 1m, extra: "previous_year: other-2022.yaml\n"));

        var result = new UnitLoader().Load(path);

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal((InputCodes.PreviousYearOtherUnit, Fincomp.Diagnostics.Severity.Warning), (diagnostic.Code, diagnostic.Severity));
        Assert.Equal((path, 16), (diagnostic.Span.File, diagnostic.Span.Line));
        Assert.Contains("“另一单位”", diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains("“测试单位”", diagnostic.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("name: 测试单位", "")]
    [InlineData("name: 测试单位原名", "  other_names: [测试单位原名]\n")]
    public void The_same_unit_or_its_former_name_is_not_reported(string previousName, string otherNames)
    {
        Write("u-2022.yaml", Unit(2022, income: 1m, extra: "").Replace("name: 测试单位", previousName, StringComparison.Ordinal));
        var path = Write("u-2023.yaml", Unit(2023, income: 1m, extra: "previous_year: u-2022.yaml\n")
            .Replace("  short_name: 测试\n", "  short_name: 测试\n" + otherNames, StringComparison.Ordinal));

        var result = new UnitLoader().Load(path);

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Empty(result.Diagnostics);
    }

    private static string Unit(int year, decimal income, string extra) => $"""
        unit:
          name: 测试单位
          short_name: 测试
          year: {year}
          kind: 行政单位
        statement:
          income:
            general_budget: {income}
          expenditure:
            basic: {income}
        functional:
          lines:
            - code: "2010301"
              actual: {income}
              basic: {income}
        {extra}
        """;

    private string Write(string name, string text)
    {
        var path = Path.Combine(_directory.Path, name);
        File.WriteAllText(path, text);
        return path;
    }
}
