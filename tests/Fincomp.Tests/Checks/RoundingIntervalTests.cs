using Fincomp.Checks;
using Fincomp.Diagnostics;
using Fincomp.Model;
using Xunit;

namespace Fincomp.Tests.Checks;

public sealed class RoundingIntervalTests
{
    private static readonly RuleInfo Rule = new("FC9999", Severity.Error, "t", "d", "e", "f");

    private static Money M(decimal value) => new(value, new SourceSpan("u.yaml", 1, 1));

    [Fact]
    public void A_money_figure_stands_for_half_a_cent_either_side_even_when_trailing_zeros_were_dropped()
    {
        Assert.Equal(new RoundingInterval(49.995m, 50.005m), RoundingInterval.Of(M(50m)));
        Assert.Equal(new RoundingInterval(0.6m - 0.005m, 0.6m + 0.005m), RoundingInterval.Of(M(0.6m)));
        Assert.Equal(new RoundingInterval(1.2345m, 1.2355m), RoundingInterval.Of(M(1.235m)));
    }

    [Fact]
    public void A_gap_within_the_summed_tolerance_is_a_note()
    {
        var stated = Quantity.Of("合计", M(0.72m));
        var parts = Quantity.SumOf("各项之和", [M(0.50m), M(0.23m)], default);

        var finding = SumCheck.Compare(Rule, stated, parts);

        Assert.NotNull(finding);
        Assert.Equal(Severity.Info, finding.Severity);
        Assert.Contains("相差 0.01 万元，在四舍五入可以解释的范围内", finding.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("[", finding.Message, StringComparison.Ordinal);
        Assert.Contains("[0.715, 0.725]", finding.Detail, StringComparison.Ordinal);
        Assert.Contains("[0.72, 0.74]", finding.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void A_gap_beyond_the_tolerance_is_an_error_in_plain_words_with_the_intervals_as_detail()
    {
        var stated = Quantity.Of("合计", M(0.70m));
        var parts = Quantity.SumOf("各项之和", [M(0.50m), M(0.23m)], default);

        var finding = SumCheck.Compare(Rule, stated, parts);

        Assert.NotNull(finding);
        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Contains("不符，相差 0.03 万元，超出四舍五入可以解释的范围。", finding.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("[", finding.Message, StringComparison.Ordinal);
        Assert.Contains("[0.695, 0.705]", finding.Detail, StringComparison.Ordinal);
        Assert.Contains("不重叠", finding.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Equal_figures_give_no_finding()
    {
        Assert.Null(SumCheck.Compare(Rule, Quantity.Of("合计", M(0.73m)), Quantity.SumOf("各项之和", [M(0.50m), M(0.23m)], default)));
    }
}
