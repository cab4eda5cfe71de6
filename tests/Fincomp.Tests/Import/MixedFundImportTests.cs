using Fincomp.Import;
using Fincomp.Tests.Checks;
using Fincomp.Tests.Support;
using Xunit;

namespace Fincomp.Tests.Import;

/// <summary>
/// A workbook whose 支出决算表 has a 项 with both 财政拨款 and other money imports as two lines of that code, the
/// 其他资金 part right after the 财政拨款 one, and <c>--into</c> keeps or restores that form.
/// </summary>
public sealed class MixedFundImportTests : IDisposable
{
    private const string OtherPart = "    - code: \"2013202\"\n      fund: 其他资金\n      actual: 20.00\n      project: 20.00\n      purpose: 主要用于组织人事工作的日常管理\n";

    private readonly TemporaryFolder _directory = new("fincomp-mixed-");

    public void Dispose() => _directory.Dispose();

    private string Workbook() => ImportHarness.Export(TestUnits.Load(MixedFundUnit.Yaml), _directory.Path);

    [Fact]
    public void A_new_file_has_one_line_per_fund_source_of_the_item_side_by_side()
    {
        var result = UnitFileImport.NewFile(Workbook());
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var text = result.Text!.Replace("\r\n", "\n", StringComparison.Ordinal);

        var fiscal = text.IndexOf("- code: \"2013202\"\n", StringComparison.Ordinal);
        var other = text.IndexOf("- code: \"2013202\"\n      fund: 其他资金\n", StringComparison.Ordinal);
        Assert.True(fiscal >= 0 && other > fiscal, text);
        Assert.DoesNotContain("- code: \"", text[fiscal..other][1..], StringComparison.Ordinal);
        var imported = ImportHarness.Load(ImportHarness.KindFilledIn(text), "imported.yaml");
        Assert.Equal(TableFigures.Of(TestUnits.Load(MixedFundUnit.Yaml)), TableFigures.Of(imported));
        Assert.DoesNotContain(Fincomp.Checks.UnitChecker.Check(imported), d => d.Code == "FC1205");
    }

    [Fact]
    public void Into_the_same_unit_keeps_its_lines()
    {
        var result = UnitFileImport.Into(Workbook(), "unit.yaml", MixedFundUnit.Yaml);

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Contains(OtherPart, result.Text, StringComparison.Ordinal);
        Assert.Equal(TableFigures.Of(TestUnits.Load(MixedFundUnit.Yaml)), TableFigures.Of(ImportHarness.Load(result.Text!, "unit.yaml")));
    }

    [Fact]
    public void Into_a_file_without_the_other_part_adds_it_after_the_fiscal_line()
    {
        var without = TestUnits.ReplaceOnce(MixedFundUnit.Yaml, OtherPart, string.Empty);

        var result = UnitFileImport.Into(Workbook(), "unit.yaml", without);

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Contains("      project: 150.00\n    - code: \"2013202\"\n      fund: 其他资金\n      actual: 20.00\n", result.Text, StringComparison.Ordinal);
    }
}
