using Fincomp.Checks;
using Fincomp.Compilation;
using Fincomp.Input;
using Fincomp.Tests.Checks;
using Xunit;

namespace Fincomp.Tests.Input;

/// <summary>Figures too large for the arithmetic done on them are refused at input, at their line; none crashes a later stage.</summary>
public sealed class InputRangeTests
{
    [Theory]
    [InlineData("2147483647")]
    [InlineData("10000001")]
    [InlineData("-2147483648")]
    public void A_count_beyond_the_bound_is_an_input_error_at_its_line(string count)
    {
        var yaml = TestUnits.ReplaceOnce(ConsistentUnit.Yaml, "fleet:\n      sedan: 2", $"fleet:\n      sedan: {count}");

        var result = new UnitLoader().LoadText(yaml, "unit.yaml");

        Assert.Null(result.Unit);
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(TestUnits.LineOf(yaml, $"sedan: {count}"), error.Span.Line);
        Assert.Contains("超出范围", error.Message, StringComparison.Ordinal);
        Assert.Equal(InputCodes.OutOfRange, error.Code);
    }

    /// <summary>
    /// A negative count is refused when the file is read (FC0106), so the rules never see one: FC1504 compares counts
    /// with each other and with the money, and no rule needs to check for a negative count again.
    /// </summary>
    [Theory]
    [InlineData("fleet:\n      sedan: 2", "fleet:\n      sedan: -1", "sedan: -1")]
    [InlineData("domestic_people: 20", "domestic_people: -20", "domestic_people: -20")]
    public void A_negative_count_is_an_input_error_at_its_line(string old, string written, string line)
    {
        var yaml = TestUnits.ReplaceOnce(ConsistentUnit.Yaml, old, written);

        var result = new UnitLoader().LoadText(yaml, "unit.yaml");

        Assert.Null(result.Unit);
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal((InputCodes.Negative, TestUnits.LineOf(yaml, line)), (error.Code, error.Span.Line));
    }

    /// <summary>The code follows what is wrong with the number (a typed kind), whatever words its message uses.</summary>
    [Theory]
    [InlineData("1234567890123.5", InputCodes.OutOfRange)]
    [InlineData("300.1234567", InputCodes.OutOfRange)]
    [InlineData("三百", InputCodes.NotANumber)]
    [InlineData("约300万元", InputCodes.NotANumber)]
    [InlineData("\"300.00\"", InputCodes.QuotedNumber)]
    [InlineData("\"过大\"", InputCodes.QuotedNumber)]
    public void An_amount_gets_the_code_of_its_problem(string written, string code)
    {
        var yaml = TestUnits.ReplaceOnce(ConsistentUnit.Yaml, "general_budget: 300.00", $"general_budget: {written}");

        var result = new UnitLoader().LoadText(yaml, "unit.yaml");

        var error = Assert.Single(result.Diagnostics, d => d.Span.Line == TestUnits.LineOf(yaml, $"general_budget: {written}"));
        Assert.Equal(code, error.Code);
    }

    [Fact]
    public void Counts_at_the_bound_build_without_overflow()
    {
        var yaml = TestUnits.ReplaceOnce(ConsistentUnit.Yaml, "fleet:\n      sedan: 2", "fleet:\n      sedan: 10000000\n      off_road: 10000000");
        var unit = new UnitLoader().LoadText(yaml, "unit.yaml").Unit;
        Assert.NotNull(unit);

        var compiled = ReportCompiler.Compile(unit!, new CompileOptions());

        Assert.True(compiled.Succeeded, string.Join("\n", compiled.Diagnostics));
    }

    [Fact]
    public void A_huge_indicator_target_does_not_hide_the_other_findings()
    {
        var yaml = TestUnits.ReplaceOnce(ConsistentUnit.Yaml, "target: \"90\"", "target: \"79228162514264337593543950335\"");
        yaml = TestUnits.ReplaceOnce(yaml, "domestic_people: 20", "domestic_people: 2");

        var findings = TestUnits.Check(yaml);

        Assert.DoesNotContain(findings, d => d.Code == "FC0999");
        Assert.Contains(findings, d => d.Code == "FC1504");
    }
}
