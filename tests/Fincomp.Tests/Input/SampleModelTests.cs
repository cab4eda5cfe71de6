using Fincomp.Derivation;
using Fincomp.Input;
using Fincomp.Model;
using Fincomp.Tests.Support;
using Xunit;

namespace Fincomp.Tests.Input;

/// <summary>The seed, encoded as samples/dangqun-2023.yaml, loads into a model whose figures are the seed's.</summary>
public sealed class SampleModelTests
{
    private static readonly Lazy<LoadResult> Loaded = new(() => new UnitLoader().Load(TestPaths.Sample("dangqun-2023.yaml")));

    private static UnitYear Unit => Loaded.Value.Unit!;

    [Fact]
    public void The_sample_loads_without_input_diagnostics()
    {
        Assert.True(Loaded.Value.Succeeded, string.Join("\n", Loaded.Value.Diagnostics));
        Assert.Empty(Loaded.Value.Diagnostics);
    }

    [Fact]
    public void Identity_is_the_seed_unit()
    {
        Assert.Equal("四川遂宁高新技术产业园区党群工作部", Unit.Unit.Name);
        Assert.Equal("党群部", Unit.Unit.ShortName);
        Assert.Equal(2023, Unit.Unit.Year);
        Assert.Equal(UnitKind.Administrative, Unit.Unit.Kind);
    }

    [Fact]
    public void Statement_totals_are_computed_from_the_parts()
    {
        var totals = new UnitTotals(Unit);

        Assert.Equal(837.44m, totals.IncomeTotal);
        Assert.Equal(837.44m, totals.IncomeGrandTotal);
        Assert.Equal(837.44m, totals.ExpenditureTotal);
        Assert.Equal(188.49m, Unit.Statement.Expenditure.Basic!.Value.Value);
        Assert.Equal(648.95m, Unit.Statement.Expenditure.Project!.Value.Value);
        Assert.Equal(837.44m, totals.GeneralBudgetExpenditure);
    }

    [Fact]
    public void Basic_expenditure_is_split_into_personnel_and_public()
    {
        Assert.Equal(98.12m, Unit.BasicExpenditure.Personnel!.Value.Value);
        Assert.Equal(90.37m, Unit.BasicExpenditure.Public!.Value.Value);
    }

    [Fact]
    public void All_thirty_three_item_lines_are_there_and_split_into_basic_and_project()
    {
        var lines = Unit.Functional.Lines;

        Assert.Equal(33, lines.Count);
        Assert.Equal(837.44m, lines.Sum(l => l.Actual.Value));
        Assert.Equal(188.49m, lines.Sum(l => l.Basic.OrZero()));
        Assert.Equal(648.95m, lines.Sum(l => l.Project.OrZero()));
        Assert.All(lines, l => Assert.Equal(7, l.Code.Length));
    }

    [Fact]
    public void Money_keeps_the_scale_and_position_it_was_written_with()
    {
        var first = Unit.Functional.Lines[0];

        Assert.Equal("2010301", first.Code);
        Assert.Equal(7.5m, first.Actual.Value);
        Assert.EndsWith("dangqun-2023.yaml", first.Actual.Span.File);
        Assert.True(first.Actual.Span.Line > 1);
        Assert.Equal(first.Actual.Span, first.Locate(nameof(FunctionalLine.Actual)));
    }

    [Fact]
    public void The_organization_lists_five_internal_units()
    {
        Assert.Equal(5, Unit.Profile.Organization.InternalUnitCount);
        Assert.Equal(6, Unit.Profile.Duties.Count);
    }

    [Fact]
    public void Previous_year_figures_are_the_underlying_2022_totals()
    {
        Assert.Equal(891.59m, Unit.Previous!.IncomeGrandTotal!.Value.Value);
        Assert.Equal(891.59m, Unit.Previous.ExpenditureGrandTotal!.Value.Value);
        Assert.Equal(67.20m, Unit.Previous.OperatingCosts!.Value.Value);
    }

    [Fact]
    public void The_unit_form_has_twenty_five_indicator_rows_in_nine_groups()
    {
        var form = Unit.Performance.UnitReport!.Form!;

        Assert.Equal(9, form.IndicatorGroups.Count);
        Assert.Equal(25, form.Indicators.Count());
        Assert.Equal(84.6m, form.IndicatorGroups.Sum(g => g.Weight ?? 0m));
    }

    [Fact]
    public void The_project_report_has_seven_indicator_rows_and_its_spending_details()
    {
        var project = Assert.Single(Unit.Performance.Projects);

        Assert.Equal(7, project.Indicators.Count);
        Assert.Equal(90m, project.Indicators.Sum(i => i.Weight));
        Assert.Equal(42.58m, project.Budget!.Fiscal!.Executed!.Value.Value);
        Assert.Equal(6, project.Spending.Count);
        Assert.Equal(43.89m, project.Spending.Sum(s => s.Amount.Value));
    }
}
