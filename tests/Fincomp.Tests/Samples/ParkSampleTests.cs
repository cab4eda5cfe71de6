using Fincomp.Checks;
using Fincomp.Batch;
using Fincomp.Diagnostics;
using Fincomp.Input;
using Fincomp.Tests.Support;
using Xunit;

namespace Fincomp.Tests.Samples;

/// <summary>
/// The park's batch (samples/park): every unit loads, the five synthetic units pass every rule, the published seed is
/// the one failing unit, and last year's file in history/ feeds jingxin's comparison without being a unit itself.
/// </summary>
public sealed class ParkSampleTests
{
    private static string Park(params string[] parts) => Path.Combine([TestPaths.RepositoryRoot, "samples", "park", .. parts]);

    public static TheoryData<string> AllUnits() => new(Directory.EnumerateFiles(Park(), "*.yaml").Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(AllUnits))]
    public void Every_unit_of_the_park_loads_without_input_errors(string file)
    {
        var result = new UnitLoader().Load(Park(file));

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
    }

    [Theory]
    [InlineData("shehui-2023.yaml")]
    [InlineData("zhifa-2023.yaml")]
    [InlineData("guijian-2023.yaml")]
    [InlineData("yingji-2023.yaml")]
    [InlineData("jingxin-2023.yaml")]
    [InlineData("history/jingxin-2022.yaml")]
    public void The_synthetic_units_pass_every_rule_without_errors_or_warnings(string file)
    {
        var unit = new UnitLoader().Load(Park(file)).Unit!;

        var findings = UnitChecker.Check(unit).Where(d => d.Severity is Severity.Error or Severity.Warning).ToList();

        Assert.True(findings.Count == 0, string.Join("\n", findings));
    }

    [Fact]
    public void The_published_seed_is_the_failing_unit()
    {
        var unit = new UnitLoader().Load(Park("dangqun-2023.yaml")).Unit!;

        var errors = UnitChecker.Check(unit).Where(d => d.Severity == Severity.Error).Select(d => d.Code).ToList();

        Assert.Contains("FC1807", errors);
        Assert.Contains("FC1902", errors);
    }

    [Fact]
    public void The_seed_copy_differs_from_the_original_only_in_the_schema_path()
    {
        var original = File.ReadAllLines(TestPaths.Sample("dangqun-2023.yaml"));
        var copy = File.ReadAllLines(Park("dangqun-2023.yaml"));

        Assert.Equal("# yaml-language-server: $schema=../../docs/fincomp.schema.json", copy[0]);
        Assert.Equal(original.Skip(1), copy.Skip(1));
    }

    [Fact]
    public void Jingxin_takes_its_previous_figures_from_the_history_file()
    {
        var unit = Fincomp.Derivation.ReportFigures.Of(new UnitLoader().Load(Park("jingxin-2023.yaml")).Unit!).Unit;

        var previous = unit.Previous!;
        Assert.Equal(722.50m, previous.IncomeGrandTotal!.Value.Value);
        Assert.Equal(722.50m, previous.GeneralBudgetExpenditure!.Value.Value);
        Assert.Equal(8.80m, Fincomp.Derivation.UnitTotals.ThreePublicTotal(previous.ThreePublic!));
        Assert.Equal(55.10m, previous.OperatingCosts!.Value.Value);
    }

    [Fact]
    public void The_first_year_unit_has_no_previous_figures()
    {
        var unit = new UnitLoader().Load(Park("yingji-2023.yaml")).Unit!;

        Assert.Null(unit.Previous);
        Assert.Null(unit.PreviousYear);
    }

    [Fact]
    public void A_folder_of_the_park_expands_to_its_units_but_not_to_the_history_file()
    {
        var files = InputSelection.Expand([Park()]).Select(Path.GetFileName).ToList();

        Assert.Equal(["dangqun-2023.yaml", "guijian-2023.yaml", "jingxin-2023.yaml", "shehui-2023.yaml", "yingji-2023.yaml", "zhifa-2023.yaml"], files);
    }

    [Fact]
    public void Checking_the_whole_park_fails_because_of_the_seed_alone()
    {
        var output = new StringWriter();

        var code = Fincomp.Cli.FincompApp.Run(["check", Park()], output, output);

        Assert.Equal(1, code);
        var failing = output.ToString().Split('\n').Where(l => l.Contains(": error ", StringComparison.Ordinal)).Select(l => Path.GetFileName(l[..l.IndexOf('(')])).Distinct().ToList();
        Assert.Equal(["dangqun-2023.yaml"], failing);
    }
}
