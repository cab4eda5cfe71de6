using Fincomp.Import;
using Xunit;

namespace Fincomp.Tests.Import;

/// <summary>
/// The new unit file <c>import -o</c> writes says it was made by import and leaves what no 公开表 holds — staff,
/// vehicles, receptions, procurement, assets, performance counts — absent, as commented keys, never as 0: an unknown
/// count written as 0 would print as a fact.
/// </summary>
public sealed class ImportSkeletonTests
{
    private static readonly string Text = UnitFileImport.NewFile(SampleWorkbookTests.Fixture(".xlsx")).Text!;

    [Fact]
    public void The_file_says_it_was_made_by_import_from_the_workbook()
    {
        Assert.StartsWith("# 2023年度部门决算公开：单位文件（由 fincomp import 从 dangqun-2023-tables.xlsx 生成）。", Text, StringComparison.Ordinal);
        Assert.DoesNotContain("fincomp init", Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Counts_no_table_holds_are_absent_not_zero()
    {
        var unit = ImportHarness.Load(ImportHarness.KindFilledIn(Text), "imported.yaml");

        Assert.Null(unit.Profile.Staff);
        Assert.Null(unit.ThreePublic.Overseas);
        Assert.Null(unit.ThreePublic.Vehicles);
        Assert.Null(unit.ThreePublic.Receptions);
        Assert.Null(unit.OperatingCosts.Amount);
        Assert.Null(unit.Procurement.Goods);
        Assert.Null(unit.Assets.Vehicles);
        Assert.Null(unit.Assets.GeneralEquipmentOver50);
        Assert.Null(unit.PerformanceManagement.WithTargets);
    }

    [Fact]
    public void The_units_kind_is_left_for_the_clerk_and_the_file_does_not_load_until_it_is_written()
    {
        // The 公开表 say nothing of the kind: a guessed 行政单位 would switch on the 机关运行经费 sentences and rules.
        Assert.Contains("\n  kind: 待填写 ", Text, StringComparison.Ordinal);

        var loaded = new Fincomp.Input.UnitLoader().LoadText(Text, "imported.yaml");

        var error = Assert.Single(loaded.Diagnostics, d => d.Severity == Fincomp.Diagnostics.Severity.Error);
        Assert.Equal(Fincomp.Input.InputCodes.BadEnum, error.Code);
        Assert.Contains("unit.kind", error.Message, StringComparison.Ordinal);
        Assert.Contains("待填写", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_budget_level_no_table_gives_is_a_commented_key_not_a_value()
    {
        Assert.Contains("\n  # budget_level: ", Text, StringComparison.Ordinal);
        Assert.DoesNotContain("一级预算单位", Text.Split('\n').Where(l => !l.TrimStart().StartsWith('#')).Aggregate("", (a, l) => a + l + "\n"), StringComparison.Ordinal);
        Assert.Null(ImportHarness.Load(ImportHarness.KindFilledIn(Text), "imported.yaml").Unit.BudgetLevel);
    }

    [Theory]
    [InlineData("  # staff:")]
    [InlineData("  #   total:")]
    [InlineData("  # receptions:")]
    [InlineData("# procurement:")]
    [InlineData("#   general_equipment_over50:")]
    [InlineData("#   monitored:")]
    public void They_are_listed_as_commented_keys_without_a_value(string line) =>
        Assert.Contains("\n" + line + " ", Text, StringComparison.Ordinal);

    [Fact]
    public void Removing_the_comment_marks_gives_keys_that_load_as_not_given()
    {
        // The keys are written at their nesting after the #, so uncommenting them yields valid YAML.
        var uncommented = System.Text.RegularExpressions.Regex.Replace(Text, "^( *)# (?=( *)(staff|establishment|borrowed|new_hires|procurement|goods|works|services|small_and_medium|small_and_micro):)", "$1", System.Text.RegularExpressions.RegexOptions.Multiline);

        var unit = ImportHarness.Load(ImportHarness.KindFilledIn(uncommented), "uncommented.yaml");

        Assert.NotNull(unit.Profile.Staff);
        Assert.Null(unit.Profile.Staff!.Establishment);
        Assert.Null(unit.Procurement.Goods);
    }
}
