using Xunit;
using static Fincomp.Tests.Derivation.FigureFixtures;

namespace Fincomp.Tests.Derivation;

/// <summary>
/// 人员经费 and 公用经费 that add a cent off 基本支出: a printed figure a cent off its own 款 is set aside for the sum of its
/// 款 (FC1107 names it), and the other figure the clerk gave is printed as given, never moved to make the cent fit.
/// </summary>
public sealed class PersonnelPublicSetAsideTests
{
    [Fact]
    public void A_public_cost_a_cent_below_its_items_is_set_aside_and_personnel_stays_as_given()
    {
        // 人员经费 398.75 (= 301 + 303), 公用经费 87.44 while 302 + 310 add to 87.45, 基本支出 486.20.
        var text = Report("public-cent-below-items");

        Assert.Contains("人员经费398.75万元", text, StringComparison.Ordinal);
        Assert.Contains("公用经费87.45万元", text, StringComparison.Ordinal);
        Assert.DoesNotContain("398.76", text, StringComparison.Ordinal);
        Assert.DoesNotContain("87.44", text, StringComparison.Ordinal);
        Assert.Equal("人员经费合计\t398.75\t公用经费合计\t87.45", Table(text, "一般公共预算财政拨款基本支出决算表")[^1]);
        var setAside = Assert.Single(Check("public-cent-below-items"), d => d.Code == "FC1107");
        Assert.StartsWith("印出的公用经费 87.44 未采用：它与各项之和 87.45 在四舍五入误差之内", setAside.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_personnel_cost_a_cent_above_its_items_is_set_aside_with_a_finding()
    {
        // 人员经费 398.76 while 301 + 303 add to 398.75, 公用经费 87.45, 基本支出 486.20.
        var text = Report("personnel-cent-above-items");

        Assert.Contains("人员经费398.75万元", text, StringComparison.Ordinal);
        Assert.DoesNotContain("398.76", text, StringComparison.Ordinal);
        Assert.Equal("人员经费合计\t398.75\t公用经费合计\t87.45", Table(text, "一般公共预算财政拨款基本支出决算表")[^1]);
        var setAside = Assert.Single(Check("personnel-cent-above-items"), d => d.Code == "FC1107");
        Assert.StartsWith("印出的人员经费 398.76 未采用：它与各项之和 398.75 在四舍五入误差之内", setAside.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_printed_personnel_cost_moved_by_controlled_rounding_is_named()
    {
        // No 款: 98.12 + 90.38 = 188.50 beside 基本支出 188.49; the report prints 98.11 and says so.
        var setAside = Assert.Single(Check("personnel-public-vs-basic"), d => d.Code == "FC1107");
        Assert.StartsWith("印出的人员经费 98.12 未采用", setAside.Message, StringComparison.Ordinal);
    }
}
