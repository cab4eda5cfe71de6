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
        Assert.Equal("[49.995, 50.005)", RoundingInterval.Of(M(50m)).ToString());
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
        Assert.Contains("[0.715, 0.725)", finding.Detail, StringComparison.Ordinal);
        Assert.Contains("[0.72, 0.74)", finding.Detail, StringComparison.Ordinal);
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
        Assert.Contains("[0.695, 0.705)", finding.Detail, StringComparison.Ordinal);
        Assert.Contains("不重叠", finding.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void One_item_a_cent_off_its_total_is_an_error_since_half_up_rounding_cannot_produce_it()
    {
        // One item is the same true value as its total: 0.50 stands for [0.495, 0.505), 0.51 for [0.505, 0.515).
        var finding = SumCheck.Compare(Rule, Quantity.Of("合计", M(0.51m)), Quantity.SumOf("各项之和", [M(0.50m)], default));

        Assert.Equal(Severity.Error, finding!.Severity);
        Assert.False(RoundingInterval.Of(M(0.51m)).Overlaps(RoundingInterval.Of(M(0.50m))));
    }

    [Theory]
    [InlineData("1.01", Severity.Info)]
    [InlineData("1.02", Severity.Error)]
    public void Two_items_under_their_total_are_a_note_only_as_far_as_half_up_rounding_can_produce_it(string total, Severity expected)
    {
        // 0.5049 + 0.5049 = 1.0098: the items print 0.50 and 0.50, the total 1.01; no true values give 1.02.
        Assert.Equal(0.50m, Fincomp.Derivation.Display.Round(0.5049m));
        Assert.Equal(1.01m, Fincomp.Derivation.Display.Round(0.5049m + 0.5049m));
        var stated = Quantity.Of("合计", M(decimal.Parse(total, System.Globalization.CultureInfo.InvariantCulture)));

        var finding = SumCheck.Compare(Rule, stated, Quantity.SumOf("各项之和", [M(0.50m), M(0.50m)], default));

        Assert.Equal(expected, finding!.Severity);
    }

    [Fact]
    public void An_exact_figure_meets_a_range_only_inside_it_and_the_open_end_is_excluded()
    {
        var range = RoundingInterval.Of(M(0.50m));
        Assert.True(RoundingInterval.Exact(0.495m).Overlaps(range));
        Assert.False(RoundingInterval.Exact(0.505m).Overlaps(range));
        Assert.True(range.Overlaps(RoundingInterval.Exact(0.5049m)));
        Assert.True(RoundingInterval.Exact(2m).Overlaps(RoundingInterval.Exact(2m)));
        Assert.False(RoundingInterval.Exact(2m).Overlaps(RoundingInterval.Exact(3m)));
    }

    [Fact]
    public void A_part_can_be_at_most_its_whole_only_when_some_true_values_allow_it()
    {
        Assert.True(RoundingInterval.Of(M(0.51m)).CanBeAtMost(RoundingInterval.Of(M(0.50m))) is false);
        Assert.True(RoundingInterval.Of(M(0.50m)).CanBeAtMost(RoundingInterval.Of(M(0.50m))));
        Assert.True(RoundingInterval.Exact(0.505m).CanBeAtMost(RoundingInterval.Exact(0.505m)));
    }

    [Fact]
    public void Equal_figures_give_no_finding()
    {
        Assert.Null(SumCheck.Compare(Rule, Quantity.Of("合计", M(0.73m)), Quantity.SumOf("各项之和", [M(0.50m), M(0.23m)], default)));
    }
}
