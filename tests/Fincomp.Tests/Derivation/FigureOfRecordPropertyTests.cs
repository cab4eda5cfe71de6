using System.Globalization;
using System.Text;
using CsCheck;
using Fincomp.Derivation;
using Fincomp.Model;
using Fincomp.Reference;
using Fincomp.Tests.Checks;
using Xunit;

namespace Fincomp.Tests.Derivation;

/// <summary>
/// Units generated the way published tables come about: true amounts in 元, each 项 and each printed 类 total rounded
/// half-up to 0.01 万元 on its own. Whatever the roundings, the report's 功能分类 rows add up, no part is larger than its
/// whole, every row's 基本支出 + 项目支出 is its total, and no share exceeds 100%.
/// </summary>
public sealed class FigureOfRecordPropertyTests
{
    private static readonly string[] Codes = ClassificationTable.Functional.Entries
        .Select(e => e.Code)
        .Where(c => c.Length == 7 && (c.StartsWith("201", StringComparison.Ordinal) || c.StartsWith("208", StringComparison.Ordinal) || c.StartsWith("224", StringComparison.Ordinal)))
        .Order(StringComparer.Ordinal)
        .ToArray();

    /// <summary>A 项: its code, its true amount in 元 (possibly tiny), and whether it is basic spending.</summary>
    private static readonly Gen<(int Code, long Yuan, bool Basic)> Item =
        Gen.Select(Gen.Int[0, Codes.Length - 1], Gen.OneOf(Gen.Long[0, 99], Gen.Long[0, 20_000_000]), Gen.Bool);

    private static readonly Gen<(List<(int Code, long Yuan, bool Basic)> Items, bool[] Declare)> Units =
        Gen.Select(Item.List[1, 12], Gen.Bool.Array[3]);

    /// <remarks>
    /// Rarely the 项 leave no cent free to move: a 类 total of record a cent below what its 项 allow in either column
    /// (one 款 holding a large 项目支出 项 and a basic one). No split of the total of record then keeps every part within
    /// it — a known gap of the figure-of-record policy. What must still hold is that no such report is published: the
    /// self-audit refuses it.
    /// </remarks>
    [Fact]
    public void Rows_add_up_and_no_part_is_larger_than_its_whole_or_the_report_is_refused()
    {
        Units.Sample((items, declare) =>
        {
            var figures = ReportFigures.Of(TestUnits.Load(Yaml(items, declare)));
            try
            {
                AssertConsistent(figures);
            }
            catch (Xunit.Sdk.XunitException inconsistent)
            {
                var compiled = Fincomp.Compilation.ReportCompiler.Compile(figures, new Fincomp.Compilation.CompileOptions(), drawCharts: false);
                Assert.True(compiled.Document is null && compiled.Diagnostics.Any(d => d.Code.StartsWith("FC20", StringComparison.Ordinal)), inconsistent.Message);
            }
        }, iter: 300);
    }

    private static void AssertConsistent(ReportFigures figures)
    {
        var tree = figures.GeneralBudget;
        Assert.Equal(figures.Totals.GeneralBudgetExpenditure, tree.Total.Actual);
        AssertAdds(tree.Total, tree.Classes);
        foreach (var node in Flatten(tree.Classes))
        {
            Assert.Equal(node.Amounts.Actual, node.Amounts.Basic + node.Amounts.Project);
            Assert.InRange(node.Amounts.Basic, 0m, node.Amounts.Actual);
            Assert.InRange(node.Amounts.Project, 0m, node.Amounts.Actual);
            if (node.Level != FunctionalNodeLevel.Item)
            {
                AssertAdds(node.Amounts, node.Children);
            }

            Assert.True(new Wording(TextAmountStyle.Trimmed).Share(node.Amounts.Actual, tree.Total.Actual) is not { } share || decimal.Parse(share, CultureInfo.InvariantCulture) <= 100m);
        }
    }

    /// <summary>
    /// Children add to their parent within rounding (half a cent per 项 they are made of, and half a cent for the
    /// parent's own rounding when it is a printed total), and none is larger than it.
    /// </summary>
    private static void AssertAdds(FunctionalAmounts parent, IReadOnlyList<FunctionalNode> children)
    {
        var sum = children.Sum(c => c.Amounts.Actual);
        var items = Flatten(children).Count(n => n.Level == FunctionalNodeLevel.Item);
        Assert.All(children, c => Assert.True(c.Amounts.Actual <= parent.Actual, $"part {c.Code} {c.Amounts.Actual} > whole {parent.Actual}"));
        Assert.True(Math.Abs(sum - parent.Actual) <= 0.005m * (items + 1), $"children add to {sum}, parent {parent.Actual}");
    }

    private static IEnumerable<FunctionalNode> Flatten(IEnumerable<FunctionalNode> nodes) =>
        nodes.SelectMany(n => Flatten(n.Children).Prepend(n));

    private static string Yaml(List<(int Code, long Yuan, bool Basic)> items, bool[] declare)
    {
        var byCode = items.GroupBy(i => Codes[i.Code]).ToDictionary(g => g.Key, g => (Yuan: g.Sum(i => i.Yuan), Basic: g.First().Basic));
        string Wan(long yuan) => Fincomp.Derivation.Display.Round(yuan / 10_000m).ToString("0.00", CultureInfo.InvariantCulture);
        var lines = new StringBuilder();
        foreach (var (code, (yuan, basic)) in byCode.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            lines.Append(CultureInfo.InvariantCulture, $"    - code: \"{code}\"\n      actual: {Wan(yuan)}\n      {(basic ? "basic" : "project")}: {Wan(yuan)}\n");
        }

        var declared = new StringBuilder();
        var classes = byCode.GroupBy(p => p.Key[..3]).ToList();
        for (var i = 0; i < classes.Count; i++)
        {
            if (declare[i % declare.Length])
            {
                declared.Append(CultureInfo.InvariantCulture, $"    - code: \"{classes[i].Key}\"\n      actual: {Wan(classes[i].Sum(p => p.Value.Yuan))}\n");
            }
        }

        var total = byCode.Values.Sum(v => v.Yuan);
        return $"""
            unit:
              name: 生成单位
              short_name: 生成
              year: 2023
              kind: 行政单位
            statement:
              income:
                general_budget: {Wan(total)}
              declared:
                income_grand_total: {Wan(total)}
                expenditure_grand_total: {Wan(total)}
            functional:
              lines:
            {lines}  declared_totals:
            {(declared.Length == 0 ? "    []\n" : declared.ToString())}
            """;
    }
}
