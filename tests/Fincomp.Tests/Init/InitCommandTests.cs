using Fincomp.Cli;
using Fincomp.Input;
using Fincomp.Tests.Support;
using Xunit;

namespace Fincomp.Tests.Init;

/// <summary><c>fincomp init</c> writes a starter file that loads, never overwrites by accident, and carries last year over.</summary>
public sealed class InitCommandTests : IDisposable
{
    private readonly TemporaryFolder _directory = new("fincomp-init-");

    public void Dispose() => _directory.Dispose();

    [Theory]
    [InlineData("99999")]
    [InlineData("1989")]
    [InlineData("2101")]
    public void A_year_check_would_refuse_writes_no_file(string year)
    {
        var path = Path.Combine(_directory.Path, "unit.yaml");

        var (code, _, error) = Run("init", path, "--year", year);

        Assert.Equal(2, code);
        Assert.Contains("不在 1990–2100 之间", error, StringComparison.Ordinal);
        Assert.False(File.Exists(path));
    }

    [Fact]
    public void A_blank_starter_file_loads_without_input_errors_and_takes_the_year_from_its_name()
    {
        var path = Path.Combine(_directory.Path, "jingfa-2024.yaml");

        var (code, _, _) = Run("init", path);

        Assert.Equal(0, code);
        var result = new UnitLoader().Load(path);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Equal(2024, result.Unit!.Unit.Year);
        Assert.Empty(result.Unit.Functional.Lines);
        Assert.Equal(0m, result.Unit.Statement.Income.GeneralBudget!.Value.Value);
    }

    [Fact]
    public void The_placeholders_of_a_blank_file_are_what_check_points_at()
    {
        var path = Path.Combine(_directory.Path, "new-2024.yaml");
        Run("init", path);

        var (code, output, _) = Run("check", path);

        Assert.Equal(1, code);
        Assert.Contains("FC1901", output);
        Assert.DoesNotContain("FC0", output);
    }

    [Fact]
    public void An_existing_file_is_not_overwritten()
    {
        var path = Path.Combine(_directory.Path, "unit-2024.yaml");
        File.WriteAllText(path, "手写的内容\n");

        var (code, _, error) = Run("init", path);

        Assert.Equal(3, code);
        Assert.Contains("--force", error);
        Assert.Equal("手写的内容\n", File.ReadAllText(path));
    }

    [Fact]
    public void Force_overwrites_an_existing_file()
    {
        var path = Path.Combine(_directory.Path, "unit-2024.yaml");
        File.WriteAllText(path, "手写的内容\n");

        var (code, _, _) = Run("init", path, "--force");

        Assert.Equal(0, code);
        Assert.True(new UnitLoader().Load(path).Succeeded);
    }

    [Fact]
    public void Without_a_year_in_the_name_or_an_option_the_year_is_last_calendar_year()
    {
        var path = Path.Combine(_directory.Path, "新单位.yaml");

        var (code, _, error) = Run("init", path);

        Assert.Equal(0, code);
        Assert.Equal("", error);
        Assert.Equal(DateTime.Now.Year - 1, new UnitLoader().Load(path).Unit!.Unit.Year);
    }

    [Fact]
    public void The_year_option_wins_over_the_name()
    {
        var path = Path.Combine(_directory.Path, "unit.yaml");

        Run("init", path, "--year", "2025");

        Assert.Equal(2025, new UnitLoader().Load(path).Unit!.Unit.Year);
    }

    [Fact]
    public void From_last_year_carries_identity_profile_and_codes_with_amounts_cleared()
    {
        var last = new UnitLoader().Load(Park("zhifa-2023.yaml")).Unit!;
        var path = Path.Combine(_directory.Path, "zhifa-2024.yaml");

        var (code, _, _) = Run("init", path, "--from", Park("zhifa-2023.yaml"));

        Assert.Equal(0, code);
        var result = new UnitLoader().Load(path);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var unit = result.Unit!;
        Assert.Equal(2024, unit.Unit.Year);
        Assert.Equal(last.Unit.Name, unit.Unit.Name);
        Assert.Equal(last.Unit.Kind, unit.Unit.Kind);
        Assert.Equal(last.Profile.Duties, unit.Profile.Duties);
        Assert.Equal(last.Profile.Organization.InternalUnits, unit.Profile.Organization.InternalUnits);
        Assert.Equal(last.Functional.Lines.Select(l => l.Code), unit.Functional.Lines.Select(l => l.Code));
        Assert.Equal(last.Functional.Lines.Select(l => l.Purpose), unit.Functional.Lines.Select(l => l.Purpose));
        Assert.All(unit.Functional.Lines, l => Assert.Equal(0m, l.Actual.Value));
        Assert.All(unit.Functional.Lines, l => Assert.Null(l.Reason));
        Assert.Equal(last.BasicExpenditure.Items.Select(i => i.Code), unit.BasicExpenditure.Items.Select(i => i.Code));
        Assert.All(unit.BasicExpenditure.Items, i => Assert.Equal(0m, i.Amount!.Value.Value));
        Assert.Equal(0m, Fincomp.Derivation.UnitTotals.ThreePublicTotal(unit.ThreePublic.Actual));
        Assert.Empty(unit.Performance.Projects);
    }

    [Fact]
    public void From_last_year_sets_previous_year_to_the_relative_path_and_last_years_totals_follow()
    {
        var units = Directory.CreateDirectory(Path.Combine(_directory.Path, "units")).FullName;
        var history = Directory.CreateDirectory(Path.Combine(_directory.Path, "history")).FullName;
        File.Copy(Park("guijian-2023.yaml"), Path.Combine(history, "guijian-2023.yaml"));
        var path = Path.Combine(units, "guijian-2024.yaml");

        Run("init", path, "--from", Path.Combine(history, "guijian-2023.yaml"));

        var unit = new UnitLoader().Load(path).Unit!;
        Assert.Equal("../history/guijian-2023.yaml", unit.PreviousYear);
        Assert.Equal(4165.30m, Fincomp.Derivation.ReportFigures.Of(unit).Unit.Previous!.IncomeGrandTotal!.Value.Value);
        Assert.Contains(unit.Functional.Lines, l => l.Code == "2120801" && l.Fund == Model.Fund.GovernmentFund);
    }

    [Fact]
    public void From_a_file_with_errors_writes_nothing()
    {
        var broken = Path.Combine(_directory.Path, "broken-2023.yaml");
        File.WriteAllText(broken, "unit: [\n");
        var path = Path.Combine(_directory.Path, "next-2024.yaml");

        var (code, _, error) = Run("init", path, "--from", broken);

        Assert.Equal(2, code);
        Assert.Contains("broken-2023.yaml", error);
        Assert.False(File.Exists(path));
    }

    [Fact]
    public void The_schema_line_points_at_the_docs_folder_above_when_there_is_one()
    {
        Directory.CreateDirectory(Path.Combine(_directory.Path, "docs"));
        File.WriteAllText(Path.Combine(_directory.Path, "docs", "fincomp.schema.json"), "{}");
        var inside = Path.Combine(_directory.Path, "units", "a-2024.yaml");
        var outside = Path.Combine(Directory.CreateTempSubdirectory("fincomp-init-outside-").FullName, "b-2024.yaml");

        Run("init", inside);
        Run("init", outside);

        Assert.Equal("# yaml-language-server: $schema=../docs/fincomp.schema.json", File.ReadLines(inside).First());
        // Outside a checkout the schema is written next to the new unit, and the modeline points at it.
        Assert.Equal("# yaml-language-server: $schema=fincomp.schema.json", File.ReadLines(outside).First());
        Assert.Equal(UnitSchema.Json(), File.ReadAllText(Path.Combine(Path.GetDirectoryName(outside)!, "fincomp.schema.json")));
        Assert.False(File.Exists(Path.Combine(_directory.Path, "units", "fincomp.schema.json")));
        Directory.Delete(Path.GetDirectoryName(outside)!, recursive: true);
    }

    [Fact]
    public void No_temporary_file_is_left_beside_the_written_file()
    {
        var path = Path.Combine(_directory.Path, "unit-2024.yaml");

        Run("init", path);

        Assert.Equal(["fincomp.schema.json", "unit-2024.yaml"], Directory.GetFiles(_directory.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    private static string Park(string file) => Path.Combine(TestPaths.RepositoryRoot, "samples", "park", file);

    private static (int Code, string Output, string Error) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = FincompApp.Run(args, output, error);
        return (code, output.ToString(), error.ToString());
    }
}
