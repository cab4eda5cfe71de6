using Fincomp.Derivation;
using Fincomp.Diagnostics;
using Fincomp.Narrative;
using Xunit;

namespace Fincomp.Tests.Checks;

/// <summary>
/// 政府采购 with 工程 and 服务 left out and no printed total: a part left out is not 0, so the total is not given —
/// FC1002 names the missing parts, the text leaves out the total and the shares of it, and FC1604 does not compare
/// against a total made of the written parts alone.
/// </summary>
public sealed class PartialProcurementTests
{
    private const string Complete = "procurement:\n  goods: 10.00\n  works: 0\n  services: 20.00\n  total: 30.00\n  small_and_medium: 25.00\n  small_and_micro: 10.00\n";

    private static string Unit(string procurement) => TestUnits.ReplaceOnce(ConsistentUnit.Yaml, Complete, procurement);

    [Fact]
    public void Parts_left_out_without_a_total_are_named_and_no_total_is_printed()
    {
        var yaml = Unit("procurement:\n  goods: 168.50\n  small_and_medium: 200.00\n");

        var findings = TestUnits.Check(yaml);
        var text = new NarrativeRenderer().Render(ReportFigures.Of(TestUnits.Load(yaml)), new DiagnosticBag());

        var missing = Assert.Single(findings, d => d.Code == "FC1002" && d.Message.Contains("procurement.works", StringComparison.Ordinal));
        Assert.Contains("procurement.services", missing.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(findings, d => d.Code is "FC1603" or "FC1604");
        Assert.DoesNotContain("政府采购支出总额168.5", text, StringComparison.Ordinal);
        Assert.Contains("授予中小企业合同金额200万元。", text, StringComparison.Ordinal);
    }

    [Fact]
    public void All_parts_written_give_the_total_and_its_shares()
    {
        var yaml = Unit("procurement:\n  goods: 168.50\n  works: 0\n  services: 0\n  small_and_medium: 200.00\n");

        var findings = TestUnits.Check(yaml);
        var text = new NarrativeRenderer().Render(ReportFigures.Of(TestUnits.Load(yaml)), new DiagnosticBag());

        Assert.DoesNotContain(findings, d => d.Code == "FC1002" && d.Message.Contains("procurement", StringComparison.Ordinal));
        Assert.Single(findings, d => d.Code == "FC1604");
        Assert.Contains("政府采购支出总额168.5万元", text, StringComparison.Ordinal);
    }
}
