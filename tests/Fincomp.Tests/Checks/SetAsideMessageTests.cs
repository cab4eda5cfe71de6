using Fincomp.Tests.Support;
using Xunit;

namespace Fincomp.Tests.Checks;

/// <summary>FC1107 names what prevents a printed total and prints amounts with two decimals, as the tables do.</summary>
public sealed class SetAsideMessageTests
{
    private static readonly Lazy<string> Zhifa = new(() => File.ReadAllText(TestPaths.Sample(Path.Combine("park", "zhifa-2023.yaml"))));

    private static string Message(string yaml) =>
        Assert.Single(TestUnits.Check(yaml), d => d.Code == "FC1107").Message;

    [Fact]
    public void A_class_total_set_aside_names_the_split_that_cannot_take_its_cent()
    {
        // 212's 项 add to 1194.55 (412.35 + 596.80 + 185.40); a printed 1194.56 would move a cent into a 基本/项目 split
        // that cannot take it, not into the 项 the message used to list.
        var yaml = TestUnits.ReplaceOnce(Zhifa.Value, "functional:\n  lines:\n", "functional:\n  declared_totals:\n    - code: \"212\"\n      actual: 1194.56\n  lines:\n");

        Assert.Equal(
            "印出的科目 212 合计 1194.56 未采用：它与各项之和 1194.55 在四舍五入误差之内，但采用它时表3 支出决算表中合计行的项目支出 782.20 无法与其下各行一致相加；"
                + "报告的表格、正文、图表和汇总表一律采用 1194.55。",
            Message(yaml));
    }

}
