using Fincomp.Audit;
using Xunit;

namespace Fincomp.Tests.Audit;

/// <summary>Which printed fragments came verbatim from the clerk's own texts, and which a template added around them.</summary>
public sealed class UnitWordingTests
{
    private static readonly UnitWording Wording = new(["承办交办的其他事项。。", "负责队伍建设，，并承担**森林防火**；", "事项。"]);

    [Theory]
    [InlineData("4.承办交办的其他事项。。", "。。")]
    [InlineData("3.负责队伍建设，，并承担森林防火；", "，，")]
    public void A_fragment_printed_inside_a_clerks_text_is_the_clerks(string printed, string fragment) =>
        Assert.True(Wording.Wrote(printed, printed.IndexOf(fragment, StringComparison.Ordinal), fragment.Length));

    [Theory]
    [InlineData("4.事项。。", "。。")]
    [InlineData("本单位共有，，", "，，")]
    [InlineData("。。", "。。")]
    public void A_fragment_no_clerks_text_holds_with_its_context_is_the_documents(string printed, string fragment) =>
        Assert.False(Wording.Wrote(printed, printed.IndexOf(fragment, StringComparison.Ordinal), fragment.Length));

    [Fact]
    public void Without_the_clerks_texts_every_fragment_is_the_documents() =>
        Assert.False(UnitWording.None.Wrote("承办交办的其他事项。。", 9, 2));
}
