using Fincomp.Narrative;
using Xunit;

namespace Fincomp.Tests.Narrative;

/// <summary>Template runtime errors reach the bureau in Chinese, without losing what Scriban said.</summary>
public sealed class TemplateRuntimeTextTests
{
    [Theory]
    [InlineData("Cannot get member with name uuid.", "没有名为“uuid”的成员")]
    [InlineData("<input>(1,6) : error : Cannot get member with name now. (Parameter 'value')", "没有名为“now”的成员")]
    [InlineData("The variable or function `unit.nmae` was not found", "变量或函数“unit.nmae”不存在")]
    [InlineData("Exceeding number of iteration limit `100000` for loop statement.", "模板运行出错：Exceeding number of iteration limit `100000`")]
    [InlineData("versus 的参数不能为空。", "versus 的参数不能为空。")]
    public void Scriban_errors_are_told_in_Chinese(string original, string expected)
    {
        var text = TemplateRuntimeText.Explain(original);

        Assert.StartsWith(expected, text, StringComparison.Ordinal);
        Assert.DoesNotContain("<input>", text, StringComparison.Ordinal);
    }
}
