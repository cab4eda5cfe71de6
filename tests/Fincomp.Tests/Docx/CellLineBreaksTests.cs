using Fincomp.Writers.Docx;
using Xunit;

namespace Fincomp.Tests.Docx;

/// <summary>Where a cell's text is broken so that its last line is not a lone character; widths in ems of 180 twips.</summary>
public sealed class CellLineBreaksTests
{
    private const int Em = 180;

    [Theory]
    [InlineData("本年收入合计", 5, "本年收入\n合计")]
    [InlineData("其他民族事务支出", 7, "其他民族事务\n支出")]
    [InlineData("附属单位上缴收入", 3, "附属单位上缴收入")]
    [InlineData("事业收入", 3, "事业\n收入")]
    [InlineData("科目名称", 5, "科目名称")]
    [InlineData("其他收入", 4, "其他收入")]
    public void The_last_line_gets_two_characters_when_it_would_get_one(string text, int perLine, string expected)
    {
        Assert.Equal(expected, CellLineBreaks.Balance(text, (perLine * Em) + (Em / 2), Em));
    }

    [Fact]
    public void A_bracket_that_the_wrap_moves_to_the_next_line_is_counted()
    {
        // 政府办公厅/（室）及相关机/构事务: the opening bracket goes down with what follows, so the last line has three.
        Assert.Equal("政府办公厅（室）及相关机构事务", CellLineBreaks.Balance("政府办公厅（室）及相关机构事务", 7 * Em, Em));
    }

    [Fact]
    public void Text_with_half_width_characters_is_left_to_the_wrap()
    {
        Assert.Equal("一般公共服务支出（201）", CellLineBreaks.Balance("一般公共服务支出（201）", 6 * Em, Em));
    }
}
