using Fincomp.Checks;
using Fincomp.Derivation;
using Fincomp.Tests.Audit;
using Fincomp.Tests.Checks;
using Xunit;
using static Fincomp.Tests.Derivation.FigureFixtures;

namespace Fincomp.Tests.Derivation;

/// <summary>
/// The statement's 基本支出 is 一般公共预算财政拨款基本支出 itself where every basic 项 is 一般公共预算: it is one figure in
/// table 3, section 三, table 5 and section 六. A statement figure a cent off its 项 that table 5 cannot print over its
/// 合计 is set aside (FC1107), and the sum of the 项 is printed in every table and in the text.
/// </summary>
public sealed class StatementBasicSetAsideTests
{
    private const string Fixture = "statement-basic-cent-above-items";

    [Fact]
    public void A_statement_basic_table_5_cannot_print_is_set_aside_for_one_value_everywhere()
    {
        // 基本支出 486.21 over 项 adding to 486.20; income 1268.40 = 486.20 + 项目支出 782.20.
        var text = Report(Fixture);

        Assert.Equal(["1,268.40", "486.20", "782.20"], TotalRow(Table(text, "支出决算表"))[..3]);
        Assert.Equal(["1,268.40", "486.20", "782.20"], TotalRow(Table(text, "一般公共预算财政拨款支出决算表"))[..3]);
        Assert.Contains("本年收入合计\t1,268.40\t本年支出合计\t1,268.40", Table(text, "收入支出决算总表"));
        Assert.Contains("本年支出合计1268.4万元，其中：基本支出486.2万元", text, StringComparison.Ordinal);
        Assert.Contains("一般公共预算财政拨款基本支出486.2万元", text, StringComparison.Ordinal);
        Assert.DoesNotContain("486.21", text, StringComparison.Ordinal);
        Assert.DoesNotContain("1268.41", text.Replace(",", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);

        var setAside = Assert.Single(Check(Fixture), d => d.Code == "FC1107");
        Assert.StartsWith("印出的基本支出 486.21 未采用：它与各项之和 486.20 在四舍五入误差之内，但一般公共预算财政拨款支出合计 1268.40 减去项目支出 782.20 只能印出基本支出 486.20；",
            setAside.Message, StringComparison.Ordinal);
        Assert.Equal(TestUnits.LineOf(Text(Fixture), "    basic: 486.21"), setAside.Span.Line);
        AuditedBuild.AssertClean(AuditedBuild.Compile(Load(Fixture)), Fixture);
    }

    [Fact]
    public void A_statement_basic_that_adds_up_with_its_items_is_used_without_a_finding()
    {
        var unit = TestUnits.Load(TestUnits.ReplaceOnce(Text(Fixture), "    basic: 486.21\n", "    basic: 486.20\n"));

        Assert.DoesNotContain(UnitChecker.Check(unit), d => d.Code == "FC1107");
        Assert.Equal(486.20m, ReportFigures.Of(unit).Basic.Total);
        Assert.Equal(486.20m, ReportFigures.Of(unit).Unit.Statement.Expenditure.Basic?.Value);
    }

    [Fact]
    public void A_unit_without_general_budget_items_keeps_its_statement_basic()
    {
        // A generated unit (the import round trip found it) whose only 项 is 国有资本经营 项目支出: table 5 prints no row,
        // so nothing can set the statement's 基本支出 aside; it was printed as 0 in tables 1 and 3.
        var unit = Fincomp.Tests.Import.ImportHarness.LoadYaml(Fincomp.Tests.Import.GeneratedUnits.Yaml(1039022181));
        Assert.DoesNotContain(unit.Functional.Lines, l => l.Fund == Fincomp.Model.Fund.GeneralBudget);
        Assert.Equal(9767.89m, unit.Statement.Expenditure.Basic?.Value);

        Assert.Equal(9767.89m, ReportFigures.Of(unit).Unit.Statement.Expenditure.Basic?.Value);
    }

    /// <summary>The amount cells of a table's 合计 row in the projection.</summary>
    private static string[] TotalRow(IReadOnlyList<string> table) =>
        table.Single(r => r.StartsWith("合计", StringComparison.Ordinal)).Split('\t').Where(c => c.Length > 0).Skip(1).ToArray();
}
