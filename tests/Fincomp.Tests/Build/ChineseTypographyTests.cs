using Fincomp.Document;
using Xunit;

namespace Fincomp.Tests.Build;

public sealed class ChineseTypographyTests
{
    [Theory]
    [InlineData("一般公共预算财政拨款\"三公\"经费支出决算表", "一般公共预算财政拨款“三公”经费支出决算表")]
    [InlineData("开展绩效自评,《报告》见附件(第四部分)。", "开展绩效自评，《报告》见附件（第四部分）。")]
    [InlineData("主要原因:人员增加;其他", "主要原因：人员增加；其他")]
    [InlineData("是否完成?是!", "是否完成？是！")]
    public void Chinese_text_gets_full_width_punctuation(string written, string printed) =>
        Assert.Equal(printed, ChineseTypography.Apply(written));

    [Theory]
    [InlineData("1,234.56")]
    [InlineData("支出1,234.56万元")]
    [InlineData("见 http://www.example.cn 网站")]
    [InlineData("指标≥90%, see (1)")]
    [InlineData("名称中有一个\"引号")]
    [InlineData("plain, ascii: text (1)")]
    public void Numbers_addresses_and_unpaired_quotes_are_left_alone(string written) =>
        Assert.Equal(written, ChineseTypography.Apply(written));
}
