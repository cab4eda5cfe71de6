using System.Text.RegularExpressions;
using Fincomp.Import;
using Fincomp.Tests.Support;
using Xunit;

namespace Fincomp.Tests.Import;

/// <summary>
/// <c>import --into</c> edits the figures of an existing unit file and nothing else: tested line by line on the
/// hand-written sample, whose comments, order and narrative must survive untouched.
/// </summary>
public sealed partial class IntoTests : IDisposable
{
    private readonly TemporaryFolder _directory = new("fincomp-into-");

    public void Dispose() => _directory.Dispose();

    private static string SampleText => File.ReadAllText(TestPaths.Sample("dangqun-2023.yaml"));

    [Fact]
    public void The_samples_own_workbook_changes_nothing_in_the_sample()
    {
        var result = UnitFileImport.Into(SampleWorkbookTests.Fixture(".xlsx"), "dangqun-2023.yaml", SampleText);

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Equal(SampleText, result.Text);
    }

    [Theory]
    [InlineData("guijian-2023.yaml")]
    [InlineData("shehui-2023.yaml")]
    public void A_park_unit_with_flow_style_income_items_is_unchanged_by_its_own_workbook(string name)
    {
        var path = TestPaths.Sample(Path.Combine("park", name));
        var text = File.ReadAllText(path);
        var workbook = ImportHarness.Export(ImportHarness.Load(text, path), _directory.Path);

        var result = UnitFileImport.Into(workbook, path, text);

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Equal(text, result.Text);
    }

    [Fact]
    public void A_figure_missing_from_a_flow_style_item_goes_inside_its_braces()
    {
        var path = TestPaths.Sample(Path.Combine("park", "guijian-2023.yaml"));
        var text = File.ReadAllText(path);
        var workbook = ImportHarness.Export(ImportHarness.Load(text, path), _directory.Path);
        var without = text.Replace("{ code: \"2080505\", total: 38.40, fiscal: 38.40 }", "{ code: \"2080505\", total: 38.40 }", StringComparison.Ordinal);
        Assert.NotEqual(text, without);

        var result = UnitFileImport.Into(workbook, path, without);

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Equal(text, result.Text);
    }

    [Fact]
    public void Moved_figures_are_put_back_and_no_other_line_changes()
    {
        var moved = SampleText
            .Replace("      actual: 334.48\n", "      actual: 300\n", StringComparison.Ordinal)
            .Replace("  personnel: 98.12\n", "  personnel: 1\n", StringComparison.Ordinal)
            .Replace("    general_budget: 837.44\n", "    general_budget: 837.45\n", StringComparison.Ordinal)
            .Replace("    income_grand_total: 837.44\n", "    income_grand_total: 0\n", StringComparison.Ordinal);
        Assert.Equal(8, Differences(SampleText, moved).Count);

        var result = UnitFileImport.Into(SampleWorkbookTests.Fixture(".xlsx"), "dangqun-2023.yaml", moved);

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Equal(SampleText, result.Text);
    }

    [Fact]
    public void Another_years_figures_change_only_figure_lines_and_add_only_figure_lines()
    {
        var unit = TestPaths.LoadSample();
        var changed = unit with
        {
            Functional = unit.Functional with
            {
                Lines = [.. unit.Functional.Lines.Select(l => l.Code == "2013202" ? l with { Actual = l.Actual with { Value = 330.01m }, Project = l.Project!.Value with { Value = 330.01m } } : l)],
            },
            Statement = unit.Statement with { ClosingBalance = new Model.Money(12.5m, default) },
        };
        var workbook = ImportHarness.Export(changed, _directory.Path);

        var result = UnitFileImport.Into(workbook, "dangqun-2023.yaml", SampleText);

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var before = SampleText.Split('\n');
        var after = result.Text!.Split('\n');
        var diff = Differences(SampleText, result.Text!);
        Assert.NotEmpty(diff);
        Assert.All(diff, d => Assert.Matches(FigureLine(), d));
        Assert.Contains("-       actual: 334.48", diff);
        Assert.Contains("+       actual: 330.01", diff);
        Assert.Contains("+   closing_balance: 12.50", diff);
        Assert.Equal(before.Where(l => !FigureLine().IsMatch(" " + l)), after.Where(l => !FigureLine().IsMatch(" " + l)));
    }

    [Fact]
    public void A_workbook_of_another_unit_or_year_is_refused()
    {
        var otherUnit = UnitFileImport.Into(SampleWorkbookTests.Fixture(".xlsx"), "x.yaml", SampleText.Replace("  name: 四川遂宁高新技术产业园区党群工作部", "  name: 另一个单位", StringComparison.Ordinal));
        var otherYear = UnitFileImport.Into(SampleWorkbookTests.Fixture(".xlsx"), "x.yaml", SampleText.Replace("  year: 2023", "  year: 2024", StringComparison.Ordinal));

        Assert.Null(otherUnit.Text);
        Assert.Contains(otherUnit.Diagnostics, d => d.Code == ImportCodes.UnitDisagrees && d.Message.Contains("另一个单位", StringComparison.Ordinal));
        Assert.Null(otherYear.Text);
        Assert.Contains(otherYear.Diagnostics, d => d.Code == ImportCodes.UnitDisagrees && d.Message.Contains("2024", StringComparison.Ordinal));
    }

    /// <summary>The lines of a line diff (LCS), each prefixed with - or + and a space.</summary>
    private static List<string> Differences(string before, string after)
    {
        var a = before.Split('\n');
        var b = after.Split('\n');
        var lengths = new int[a.Length + 1, b.Length + 1];
        for (var i = a.Length - 1; i >= 0; i--)
        {
            for (var j = b.Length - 1; j >= 0; j--)
            {
                lengths[i, j] = a[i] == b[j] ? lengths[i + 1, j + 1] + 1 : Math.Max(lengths[i + 1, j], lengths[i, j + 1]);
            }
        }

        var diff = new List<string>();
        int x = 0, y = 0;
        while (x < a.Length || y < b.Length)
        {
            if (x < a.Length && y < b.Length && a[x] == b[y])
            {
                x++;
                y++;
            }
            else if (y < b.Length && (x == a.Length || lengths[x, y + 1] >= lengths[x + 1, y]))
            {
                diff.Add("+ " + b[y++]);
            }
            else
            {
                diff.Add("- " + a[x++]);
            }
        }

        return diff;
    }

    /// <summary>A line holding one amount under a figure key (actual, basic, closing_balance …).</summary>
    [GeneratedRegex("^[-+ ] +(actual|basic|project|amount|total|closing_balance|opening_balance|general_budget|government_fund|state_capital|personnel|public|income_total|expenditure_total|income_grand_total|expenditure_grand_total|expenditure_total|use_of_non_fiscal_balance|balance_distribution): -?[0-9.]+$")]
    private static partial Regex FigureLine();
}
