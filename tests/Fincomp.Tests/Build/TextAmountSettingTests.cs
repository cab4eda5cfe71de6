using Fincomp.Compilation;
using Fincomp.Document;
using Fincomp.Model;
using Xunit;
using Fincomp.Tests.Support;

namespace Fincomp.Tests.Build;

public sealed class TextAmountSettingTests
{
    [Fact]
    public void Fixed_setting_writes_text_amounts_with_two_decimals_and_leaves_percentages_alone()
    {
        var sample = TestPaths.LoadSample();
        var unit = sample with { Settings = sample.Settings with { TextAmounts = TextAmountStyle.FixedTwoDecimals } };
        var result = ReportCompiler.Compile(unit, new CompileOptions());
        Assert.True(result.Succeeded);
        var text = TextProjection.Project(result.Document!);
        Assert.Contains("城乡社区支出55.60万元，占6.64%", text, StringComparison.Ordinal);
        Assert.Contains("收、支总计各减少54.15万元，下降6.07%", text, StringComparison.Ordinal);
        Assert.DoesNotContain("55.6万元", text, StringComparison.Ordinal);
    }
}
