using Fincomp.Reference;
using Xunit;

namespace Fincomp.Tests.Reference;

public sealed class FunctionalCodeTests
{
    [Fact]
    public void A_seven_digit_code_splits_into_class_section_and_item()
    {
        Assert.True(FunctionalCode.TryParse("2013201", out var code));

        Assert.Equal(
            ("201", "20132", "2013201", "201", "32", "01"),
            (code.Class, code.Section, code.Item, code.ClassDigits, code.SectionDigits, code.ItemDigits));
        Assert.Equal("2013201", code.ToString());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("201320")]
    [InlineData("20132011")]
    [InlineData("201320a")]
    [InlineData(" 2013201")]
    [InlineData("２０１３２０１")]
    public void Anything_but_seven_ascii_digits_is_rejected(string? text)
    {
        Assert.False(FunctionalCode.TryParse(text, out var code));
        Assert.Equal(default(FunctionalCode), code);
    }

    [Fact]
    public void The_default_value_is_empty_rather_than_throwing()
    {
        var code = default(FunctionalCode);

        Assert.Equal(("", "", "", ""), (code.Item, code.Class, code.SectionDigits, code.ItemDigits));
    }

    [Fact]
    public void Equal_texts_give_equal_codes()
    {
        Assert.True(FunctionalCode.TryParse("2240101", out var a));
        Assert.True(FunctionalCode.TryParse("2240101", out var b));
        Assert.True(FunctionalCode.TryParse("2240150", out var c));

        Assert.Equal(a, b);
        Assert.NotEqual(a, c);
    }
}
