using Fincomp.Derivation;
using Fincomp.Diagnostics;
using Fincomp.Narrative;
using Fincomp.Tests.Checks;
using Xunit;

namespace Fincomp.Tests.Narrative;

/// <summary>
/// A "三公" part's change reason follows only its "比上年…" sentence: where last year's figure for the part is not
/// given, the reason is left out rather than printed after "完成预算…%", where it would read as the budget-gap reason.
/// </summary>
public sealed class ThreePublicChangeReasonTests
{
    private const string Reason = "上年未安排出国（境）团组";

    private static string Render(string pack, string previous)
    {
        var yaml = TestUnits.ReplaceOnce(ConsistentUnit.Yaml, "  overseas:\n    groups: 0\n", $"  overseas:\n    groups: 0\n    reason: {Reason}\n");
        yaml = TestUnits.ReplaceOnce(yaml, "three_public:\n    vehicle_operation: 4.00\n    domestic_reception: 1.60\n", $"three_public: {previous}\n");
        yaml = $"settings:\n  template_pack: {pack}\n{yaml}";
        var diagnostics = new DiagnosticBag();
        var text = new NarrativeRenderer().Render(ReportFigures.Of(TestUnits.Load(yaml)), diagnostics);
        Assert.Empty(diagnostics.Items);
        Assert.NotNull(text);
        return text;
    }

    [Theory]
    [InlineData("sichuan")]
    [InlineData("shanghai")]
    public void The_reason_is_left_out_where_last_years_part_is_not_given(string pack)
    {
        var text = Render(pack, "{total: 7.00, vehicle_total: 5.00, reception_total: 2.00}");

        Assert.DoesNotContain(Reason, text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("sichuan", "因公出国（境）支出决算与2022年度持平。主要原因是" + Reason)]
    [InlineData("shanghai", "因公出国（境）费支出持平的主要原因是" + Reason)]
    public void The_reason_follows_the_comparison_with_last_year(string pack, string expected)
    {
        var text = Render(pack, "{overseas: 0, total: 7.00, vehicle_total: 5.00, reception_total: 2.00}");

        Assert.Contains(expected, text, StringComparison.Ordinal);
    }
}
