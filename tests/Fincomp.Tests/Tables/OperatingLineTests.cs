using Fincomp.Audit;
using Fincomp.Document;
using Fincomp.Tests.Audit;
using Fincomp.Tests.Checks;
using Xunit;

namespace Fincomp.Tests.Tables;

/// <summary>
/// A unit with 经营支出: each 项 writes the part of its 决算数 that was 经营支出 (<c>operating</c>), so every row of table
/// 3 adds up and the 经营支出 column adds to the statement's. A 项 that writes only its 决算数 is refused by check (FC1208),
/// and the self-audit sees the table-3 row that then does not add.
/// </summary>
public sealed class OperatingLineTests
{
    private const string SpendingLine = "      actual: 20.00\n      project: 20.00\n";

    private const string Statement = "    basic: 150.00\n    project: 170.00\n";

    private static string WithOperating(string line) => TestUnits.ReplaceOnce(
        TestUnits.ReplaceOnce(ConsistentUnit.Yaml, SpendingLine, line), Statement, "    basic: 150.00\n    project: 150.00\n    operating: 20.00\n");

    [Fact]
    public void An_operating_line_prints_in_the_operating_column_and_every_row_adds()
    {
        var yaml = WithOperating("      actual: 20.00\n      operating: 20.00\n");

        var findings = TestUnits.Check(yaml);
        var result = AuditedBuild.Compile(TestUnits.Load(yaml));
        var text = TextProjection.Project(result.Document!);

        Assert.DoesNotContain(findings, d => d.Code is "FC1202" or "FC1208" or "FC1103");
        Assert.Contains("2013299\t其他组织事务支出\t20.00\t0.00\t0.00\t0.00\t20.00\t0.00", text, StringComparison.Ordinal);
        Assert.Contains("20132\t组织事务\t290.00\t120.00\t150.00\t0.00\t20.00\t0.00", text, StringComparison.Ordinal);
        Assert.Empty(AuditedBuild.AuditFindings(result));
    }

    [Fact]
    public void A_line_whose_parts_miss_its_operating_spending_is_FC1202()
    {
        var yaml = WithOperating("      actual: 20.00\n      operating: 12.00\n");

        var finding = Assert.Single(TestUnits.Check(yaml), d => d.Code == "FC1202");

        Assert.Equal(TestUnits.LineOf(yaml, "      actual: 20.00\n      operating"), finding.Span.Line);
        Assert.Contains("基本支出、项目支出与经营支出之和", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_line_with_only_its_actual_is_FC1208_and_the_self_audit_sees_its_row()
    {
        var yaml = WithOperating("      actual: 20.00\n");

        var finding = Assert.Single(TestUnits.Check(yaml), d => d.Code == "FC1208");
        var result = AuditedBuild.Compile(TestUnits.Load(yaml));

        Assert.Equal(TestUnits.LineOf(yaml, "      actual: 20.00\n"), finding.Span.Line);
        Assert.Contains(AuditedBuild.AuditFindings(result), d => d.Code == AuditCodes.TableSum && d.Message.Contains("“其他组织事务支出”行的本年支出合计 20与其组成部分之和不符", StringComparison.Ordinal));
    }
}
