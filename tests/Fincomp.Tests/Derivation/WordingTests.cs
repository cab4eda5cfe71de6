using System.Globalization;
using CsCheck;
using Fincomp.Derivation;
using Fincomp.Model;
using Xunit;

namespace Fincomp.Tests.Derivation;

public sealed class WordingTests
{
    private readonly Wording _trimmed = new(TextAmountStyle.Trimmed);

    [Theory]
    [InlineData("891.59", "837.44", "减少54.15万元，下降6.07%")]
    [InlineData("67.20", "90.37", "增加23.17万元，增长34.48%")]
    [InlineData("0", "0", "持平")]
    [InlineData("12.5", "12.50", "持平")]
    [InlineData("0", "5", "增加5万元")]
    [InlineData("100000", "99999.99", "减少0.01万元")]
    public void Change_words_direction_amount_and_percentage(string previous, string current, string expected) =>
        Assert.Equal(expected, _trimmed.Change(decimal.Parse(previous), decimal.Parse(current)));

    [Fact]
    public void Pair_moving_alike_is_worded_with_ge()
    {
        var text = _trimmed.PairChange("收、支总计", "收入总计", "支出总计", 891.59m, 837.44m, 891.59m, 837.44m);
        Assert.Equal("收、支总计各减少54.15万元，下降6.07%", text);
    }

    [Fact]
    public void Pair_without_change_is_jun_chiping() =>
        Assert.Equal("收、支总计均持平", _trimmed.PairChange("收、支总计", "收入总计", "支出总计", 5m, 5m, 5m, 5m));

    [Fact]
    public void Pair_moving_differently_names_each_side() =>
        Assert.Equal(
            "收入总计增加10万元，增长10%，支出总计持平",
            _trimmed.PairChange("收、支总计", "收入总计", "支出总计", 100m, 110m, 100m, 100m));

    [Theory]
    [InlineData("100", "100", "完成预算100%")]
    [InlineData("95.6", "42.58", "完成预算44.54%")]
    [InlineData("0", "0", "未安排预算")]
    [InlineData("0", "3", "全年预算数为0万元")]
    public void Completion_never_says_zero_percent_of_a_zero_budget(string budget, string actual, string expected) =>
        Assert.Equal(expected, _trimmed.Completion(decimal.Parse(budget), decimal.Parse(actual)));

    [Fact]
    public void Compare_is_empty_when_actual_equals_budget_without_a_reason() =>
        Assert.Equal(string.Empty, Wording.Compare(10m, 10m, null));

    [Fact]
    public void Compare_prints_a_reason_given_for_equal_amounts() =>
        Assert.Equal("决算数等于预算数的主要原因是未发生支出。", Wording.Compare(0m, 0m, "未发生支出。"));

    [Fact]
    public void Compare_names_the_direction_and_the_reason()
    {
        Assert.Equal("决算数小于预算数的主要原因是部分经费调整到下年支付。", Wording.Compare(10m, 8m, "部分经费调整到下年支付。"));
        Assert.Equal("决算数大于预算数的主要原因是追加预算。", Wording.Compare(8m, 10m, "追加预算"));
        Assert.Equal("决算数大于预算数。", Wording.Compare(8m, 10m, null));
    }

    [Fact]
    public void Compare_leads_into_the_reason_with_the_template_words()
    {
        Assert.Equal("决算数小于预算数的主要原因：部分经费调整到下年支付。", Wording.Compare(10m, 8m, "部分经费调整到下年支付。", "的主要原因："));
        Assert.Equal("决算数大于预算数。", Wording.Compare(8m, 10m, null, "的主要原因："));
        Assert.Equal(string.Empty, Wording.Compare(10m, 10.001m, null, "的主要原因："));
    }

    [Fact]
    public void Shares_are_computed_and_rounded_half_up()
    {
        Assert.Equal("6.64", _trimmed.Share(55.6m, 837.44m));
        Assert.Equal("92.32", _trimmed.Share(773.12m, 837.44m));
        Assert.Equal("0", _trimmed.Share(0m, 837.44m));
    }

    [Theory]
    [InlineData("55.1", "55.1", "55.10")]
    [InlineData("0", "0", "0.00")]
    [InlineData("100", "100", "100.00")]
    [InlineData("6.065", "6.065", "6.065")]
    [InlineData("0.0005", "0.0005", "0.0005")]
    public void Percentages_are_trimmed_or_fixed_by_the_style(string percent, string trimmed, string fixedTwo)
    {
        Assert.Equal(trimmed, Display.TextPercent(decimal.Parse(percent, System.Globalization.CultureInfo.InvariantCulture), PercentStyle.Trimmed));
        Assert.Equal(fixedTwo, Display.TextPercent(decimal.Parse(percent, System.Globalization.CultureInfo.InvariantCulture), PercentStyle.FixedTwoDecimals));
    }

    [Fact]
    public void Fixed_percentages_reach_every_wording_that_states_one()
    {
        var shanghai = new Wording(TextAmountStyle.Trimmed, PercentStyle.FixedTwoDecimals);
        Assert.Null(shanghai.Share(0m, 0m));
        Assert.Equal("0.00", shanghai.Share(0m, 3m));
        Assert.Equal("6.64", shanghai.Share(55.6m, 837.44m));
        Assert.Equal("50.00", shanghai.Share(1m, 2m));
        Assert.Equal("减少54.15万元，下降6.10%", shanghai.Change(887.7m, 833.55m));
        Assert.Equal("完成预算100.00%", shanghai.Completion(10m, 10m));
        Assert.Equal("完成年初预算的98.10%", shanghai.CompletionOf("年初预算", 100m, 98.1m));
    }

    [Fact]
    public void Completion_of_a_named_basis_without_a_budget_states_no_percentage()
    {
        Assert.Equal("未安排年初预算", _trimmed.CompletionOf("年初预算", 0m, 0m));
        Assert.Equal("全年预算为0万元", _trimmed.CompletionOf("全年预算", 0m, 3m));
        Assert.Equal("完成全年预算的98.1%", _trimmed.CompletionOf("全年预算", 100m, 98.1m));
    }

    [Theory]
    [InlineData("1", "2", "增加")]
    [InlineData("2", "1", "减少")]
    [InlineData("1.004", "1", "持平")]
    public void Direction_is_one_word_decided_on_printed_amounts(string previous, string current, string expected) =>
        Assert.Equal(expected, Wording.Direction(decimal.Parse(previous, System.Globalization.CultureInfo.InvariantCulture), decimal.Parse(current, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void Fixed_and_trimmed_percentages_state_the_same_number()
    {
        var fixedStyle = new Wording(TextAmountStyle.Trimmed, PercentStyle.FixedTwoDecimals);
        var amounts = Gen.Decimal[0m, 100000m].Select(d => Math.Round(d, 2));
        Gen.Select(amounts, amounts).Sample((part, whole) =>
            decimal.Parse(_trimmed.Share(part, whole + 1m)!, System.Globalization.CultureInfo.InvariantCulture)
            == decimal.Parse(fixedStyle.Share(part, whole + 1m)!, System.Globalization.CultureInfo.InvariantCulture)
            && fixedStyle.Share(part, whole + 1m)!.Split('.') is [_, { Length: >= 2 }]);
    }

    [Fact]
    public void A_zero_whole_has_no_share()
    {
        Assert.Null(_trimmed.Share(0m, 0m));
        Assert.Null(_trimmed.Share(0m, 0.004m));
    }

    [Theory]
    [InlineData(0.02, 837.44, "0.002")]
    [InlineData(0.01, 100000, "0.00001")]
    [InlineData(0.07, 837.44, "0.01")]
    [InlineData(0.6, 837.44, "0.07")]
    public void A_part_that_prints_as_non_zero_never_reads_zero_percent(double part, double whole, string expected) =>
        Assert.Equal(expected, _trimmed.Share((decimal)part, (decimal)whole));

    [Fact]
    public void Every_printed_non_zero_part_has_a_non_zero_share() =>
        Gen.Select(Gen.Int[1, 999_999], Gen.Long[1, 99_999_999_999]).Sample((cents, wholeCents) =>
        {
            var part = cents / 100m;
            var whole = Math.Max(part, wholeCents / 100m);
            var share = _trimmed.Share(part, whole);
            Assert.NotNull(share);
            Assert.NotEqual("0", share);
            Assert.True(decimal.Parse(share, CultureInfo.InvariantCulture) is > 0m and <= 100m, share);
        });

    [Theory]
    [InlineData(324.99, 325, "99.997", "99.997")]
    [InlineData(99999.99, 100000, "99.99999", "99.99999")]
    [InlineData(99.5, 100, "99.5", "99.50")]
    [InlineData(325, 325, "100", "100.00")]
    public void A_part_smaller_than_its_whole_never_reads_one_hundred_percent(double part, double whole, string trimmed, string fixedTwo)
    {
        Assert.Equal(trimmed, _trimmed.Share((decimal)part, (decimal)whole));
        Assert.Equal(fixedTwo, new Wording(TextAmountStyle.Trimmed, PercentStyle.FixedTwoDecimals).Share((decimal)part, (decimal)whole));
    }

    [Fact]
    public void Every_part_below_its_whole_has_a_share_below_one_hundred() =>
        Gen.Select(Gen.Long[1, 99_999_999_999], Gen.Long[1, 999]).Sample((wholeCents, shortCents) =>
        {
            var whole = wholeCents / 100m;
            var part = Math.Max(0m, whole - (shortCents / 100m));
            var share = _trimmed.Share(part, whole);
            Assert.True(share is null || decimal.Parse(share, CultureInfo.InvariantCulture) < 100m, share);
        });

    [Fact]
    public void Fixed_setting_writes_two_decimals()
    {
        Assert.Equal("55.6", _trimmed.Amount(55.6m));
        Assert.Equal("55.60", new Wording(TextAmountStyle.FixedTwoDecimals).Amount(55.6m));
        Assert.Equal("减少54.15万元，下降6.07%", new Wording(TextAmountStyle.FixedTwoDecimals).Change(891.59m, 837.44m));
        Assert.Equal("增加5.00万元", new Wording(TextAmountStyle.FixedTwoDecimals).Change(0m, 5m));
    }

    [Fact]
    public void Change_never_says_zero_amount_or_zero_percent()
    {
        var amounts = Gen.Decimal[0m, 100000m].Select(d => Math.Round(d, 2));
        Gen.Select(amounts, amounts).Sample((previous, current) =>
        {
            var text = _trimmed.Change(previous, current);
            return !text.Contains("下降0%", StringComparison.Ordinal) && !text.Contains("增长0%", StringComparison.Ordinal)
                && !text.StartsWith("减少0万元", StringComparison.Ordinal) && !text.StartsWith("增加0万元", StringComparison.Ordinal);
        });
    }

    /// <summary>
    /// Every rate the report prints besides a share goes through the same rounding: a completion, a fall, a project's
    /// 预算执行率 (the form's table cell) that is not exactly 100 never reads 100, and a non-zero one never reads 0.
    /// </summary>
    [Fact]
    public void Rates_other_than_shares_never_read_one_hundred_or_zero_when_they_are_not()
    {
        Assert.Equal("完成预算99.999%", _trimmed.Completion(1000.01m, 1000m));
        Assert.Equal("完成预算0.00001%", _trimmed.Completion(100000m, 0.01m));
        Assert.Equal("完成全年预算的100.001%", _trimmed.CompletionOf("全年预算", 1000m, 1000.01m));
        Assert.Equal("减少999.99万元，下降99.999%", _trimmed.Change(1000m, 0.01m));
        Assert.Equal("减少1000万元，下降100%", _trimmed.Change(1000m, 0m));
        Assert.Equal("99.99999", Display.TablePercent(Display.Percent(99999.99m, 100000m)!.Value));
        Assert.Equal("0.00001", Display.TablePercent(Display.Percent(0.01m, 100000m)!.Value));
        Assert.Equal("0.0005", _trimmed.Share(0.06m, 13030.4m));
        Assert.Equal("100.00", Display.TablePercent(Display.Percent(42.58m, 42.58m)!.Value));
    }

    [Fact]
    public void Every_completion_below_its_budget_reads_below_one_hundred() =>
        Gen.Select(Gen.Long[1, 99_999_999_999], Gen.Long[1, 999]).Sample((budgetCents, shortCents) =>
        {
            var budget = budgetCents / 100m;
            var actual = Math.Max(0m, budget - (shortCents / 100m));
            var percent = Display.CompletionPercent(budget, actual)!.Value;
            Assert.True(percent < 100m && (actual == 0m || percent > 0m), $"{actual} / {budget}: {percent}");
        });
}
