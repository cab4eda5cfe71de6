using Fincomp.Compilation;
using Fincomp.Document;
using Fincomp.Tests.Checks;
using Fincomp.Tests.Support;
using Xunit;

namespace Fincomp.Tests.Build;

/// <summary>
/// The keys only the Shanghai template states (绩效管理制度, 绩效自评 with its grades and problems, 面向中小企业预留, the
/// reason for the 一般公共预算 gap to its budget): given, they are printed in the template's words and check is clean;
/// left out, they are not zero — the sentence is left out and FC1002 names each key, only for the Shanghai pack.
/// </summary>
public sealed class ShanghaiOptionalKeysTests
{
    private static readonly Lazy<string> Sample = new(() => File.ReadAllText(TestPaths.Sample("shanghai-2024.yaml")));

    private static readonly string[] OptionalKeys =
    [
        "performance_management.systems", "performance_management.self_evaluated", "procurement.reserved", "functional.budget_reason",
    ];

    [Fact]
    public void Given_keys_are_printed_as_the_template_words_them_and_nothing_is_missing()
    {
        var findings = TestUnits.Check(Sample.Value);
        var text = Project(Sample.Value);

        Assert.DoesNotContain(findings, d => d.Code == "FC1002");
        Assert.Contains("本部门建立了如下预算绩效管理制度：《示例执法局预算绩效管理办法》、《示例执法局项目支出绩效评价实施细则》，建立了“事前绩效评估、事中绩效监控、事后绩效评价”全过程的预算绩效管理工作机制；全过程绩效管理实施情况：", text, StringComparison.Ordinal);
        Assert.Contains("编报绩效目标的2024年度项目6个，涉及预算金额782.2万元；", text, StringComparison.Ordinal);
        Assert.Contains("绩效自评的2024年度项目6个，涉及预算金额782.2万元，平均得分92.5分（其中，绩效评级为“优”的项目4个；绩效评级为“良”的项目2个；绩效评级为“合格”的项目0个；绩效评级为“不合格”的项目0个。绩效自评中共发现问题3个，已经完成整改的2个，正在整改的1个）。", text, StringComparison.Ordinal);
        Assert.Contains("2024年度本部门面向中小企业预留政府采购项目预算金额300万元，面向小微企业预留政府采购项目预算金额200万元。在面向中小企业预留的政府采购项目中，由中小企业供应商中标或成交的，采购金额292.6万元；", text, StringComparison.Ordinal);
        Assert.Contains("完成年初预算的104.20%。决算数大于预算数的主要原因：年中追加执法人员经费和执法装备购置经费。其中：", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Left_out_keys_are_named_by_FC1002_and_their_sentences_are_not_printed()
    {
        var yaml = Without(Sample.Value);

        var findings = TestUnits.Check(yaml);
        var text = Project(yaml);

        foreach (var key in OptionalKeys)
        {
            Assert.Contains(findings, d => d.Code == "FC1002" && d.Message.Contains(key, StringComparison.Ordinal));
        }

        Assert.DoesNotContain("预算绩效管理制度", text, StringComparison.Ordinal);
        Assert.DoesNotContain("绩效自评的2024年度项目", text, StringComparison.Ordinal);
        Assert.DoesNotContain("预留", text, StringComparison.Ordinal);
        Assert.Contains("完成年初预算的104.20%。决算数大于预算数。其中：", text, StringComparison.Ordinal);
        Assert.Contains("编报绩效目标的2024年度项目6个，涉及预算金额782.2万元；", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("  amount: 87.45\n", "第三部分十一（一）机关运行经费")]
    [InlineData("  prior_assessed: 3\n", "第三部分十不写开展事前绩效评估")]
    [InlineData("    fleet:\n      sedan: 3\n      off_road: 2\n      passenger: 1\n", "第三部分七不写公务用车保有量")]
    public void FC1002_names_the_section_as_the_Shanghai_pack_numbers_it(string removed, string section)
    {
        var findings = TestUnits.Check(TestUnits.ReplaceOnce(Sample.Value, removed, string.Empty));

        var finding = Assert.Single(findings, d => d.Code == "FC1002");
        Assert.Contains(section, finding.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("第二部分", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_Sichuan_pack_does_not_ask_for_the_Shanghai_keys()
    {
        var yaml = TestUnits.ReplaceOnce(Without(Sample.Value), "template_pack: shanghai", "template_pack: sichuan");

        var findings = TestUnits.Check(yaml);

        Assert.DoesNotContain(findings, d => d.Code == "FC1002" && OptionalKeys.Any(k => d.Message.Contains(k, StringComparison.Ordinal)));
    }

    /// <summary>The sample without the Shanghai-only keys (the lines from the first key of each block to its end).</summary>
    private static string Without(string yaml)
    {
        var lines = yaml.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n').ToList();
        RemoveBlock(lines, "  reserved:");
        RemoveBlock(lines, "  self_evaluated: 6");
        RemoveBlock(lines, "  systems:");
        RemoveBlock(lines, "  grades:");
        RemoveBlock(lines, "  problems:");
        lines.RemoveAll(l => l.StartsWith("  mechanism:", StringComparison.Ordinal) || l.StartsWith("  budget_reason:", StringComparison.Ordinal)
            || l.StartsWith("  self_evaluated_amount:", StringComparison.Ordinal) || l.StartsWith("  average_score:", StringComparison.Ordinal));
        return string.Join('\n', lines);
    }

    /// <summary>Removes the line starting with <paramref name="start"/> and the more deeply indented lines under it.</summary>
    private static void RemoveBlock(List<string> lines, string start)
    {
        var at = lines.FindIndex(l => l.StartsWith(start, StringComparison.Ordinal));
        Assert.True(at >= 0, start);
        var end = at + 1;
        while (end < lines.Count && lines[end].StartsWith("    ", StringComparison.Ordinal))
        {
            end++;
        }

        lines.RemoveRange(at, end - at);
    }

    private static string Project(string yaml)
    {
        var result = ReportCompiler.Compile(TestUnits.Load(yaml), new CompileOptions());
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        return TextProjection.Project(result.Document!);
    }
}
