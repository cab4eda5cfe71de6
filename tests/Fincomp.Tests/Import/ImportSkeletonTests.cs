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
        var unit = ImportHarness.Load(Text, "imported.yaml");

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

        var unit = ImportHarness.Load(uncommented, "uncommented.yaml");

        Assert.NotNull(unit.Profile.Staff);
        Assert.Null(unit.Profile.Staff!.Establishment);
        Assert.Null(unit.Procurement.Goods);
    }
}
