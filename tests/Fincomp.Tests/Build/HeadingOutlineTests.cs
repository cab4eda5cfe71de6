using Fincomp.Document;
using Fincomp.Tests.Checks;
using Xunit;
using static Fincomp.Tests.Derivation.FigureFixtures;

namespace Fincomp.Tests.Build;

/// <summary>A heading is printed only over content, and the numbered headings beside a left-out one close up.</summary>
public sealed class HeadingOutlineTests
{
    private static Paragraph Para(string text) => new(text);

    private static IReadOnlyList<string> Headings(IEnumerable<Block> blocks) =>
        [.. blocks.OfType<Heading>().Select(h => h.Text)];

    [Fact]
    public void An_empty_subsection_is_left_out_and_the_others_close_up()
    {
        Block[] blocks =
        [
            new Heading(HeadingLevel.Part, "第二部分 2023年度单位决算情况说明"),
            new Heading(HeadingLevel.Section, "十、其他重要事项的情况说明"),
            new Heading(HeadingLevel.Subsection, "（一）机关运行经费支出情况"), Para("机关运行经费支出90万元。"),
            new Heading(HeadingLevel.Subsection, "（二）政府采购支出情况"), Para("  "),
            new Heading(HeadingLevel.Subsection, "（三）国有资产占有使用情况"), Para("共有车辆2辆。"),
            new Heading(HeadingLevel.Subsection, "（四）预算绩效管理情况"), Para("对3个项目编制了绩效目标。"),
            new Heading(HeadingLevel.Part, "第三部分 名词解释"), Para("1.财政拨款收入"),
        ];

        Assert.Equal(
            ["第二部分 2023年度单位决算情况说明", "十、其他重要事项的情况说明", "（一）机关运行经费支出情况", "（二）国有资产占有使用情况", "（三）预算绩效管理情况", "第三部分 名词解释"],
            Headings(HeadingOutline.Tidy(blocks)));
    }

    [Fact]
    public void A_section_left_empty_goes_with_its_empty_subsections_and_the_next_sections_move_up()
    {
        Block[] blocks =
        [
            new Heading(HeadingLevel.Section, "六、基本支出"), Para("基本支出188.49万元。"),
            new Heading(HeadingLevel.Section, "七、“三公”经费"), new Heading(HeadingLevel.Subsection, "（一）总体情况"),
            new Heading(HeadingLevel.Section, "八、政府性基金"), Para("无政府性基金。"),
            new Heading(HeadingLevel.Section, "十、其他重要事项"), new Heading(HeadingLevel.Subsection, "（二）政府采购"), Para("无政府采购支出。"),
            new Heading(HeadingLevel.Part, "第三部分 名词解释"),
        ];

        // 十 keeps its place in the run (its number follows 七), its own subsection numbering is its own group.
        Assert.Equal(
            ["六、基本支出", "七、政府性基金", "八、其他重要事项", "（二）政府采购", "第三部分 名词解释"],
            Headings(HeadingOutline.Tidy(blocks)));
    }

    [Fact]
    public void Headings_over_content_are_left_as_written_even_with_gaps_in_their_numbering()
    {
        Block[] blocks =
        [
            new Heading(HeadingLevel.Section, "一、部门概况"), Para("概况。"),
            new Heading(HeadingLevel.Section, "三、评价结论"), Para("结论。"),
        ];

        Assert.Same(blocks, HeadingOutline.Tidy(blocks));
    }

    [Fact]
    public void A_unit_without_procurement_gets_no_procurement_heading_and_no_gap()
    {
        var yaml = TestUnits.ReplaceOnce(Text("personnel-public-vs-basic"), "procurement:\n  goods: 0\n  works: 0\n  services: 0\n", string.Empty);
        var report = Report(TestUnits.Load(yaml));

        Assert.DoesNotContain("政府采购支出情况", report, StringComparison.Ordinal);
        Assert.Contains("### （二）国有资产占有使用情况\n", report, StringComparison.Ordinal);
        Assert.Contains("### （三）预算绩效管理情况\n", report, StringComparison.Ordinal);
        Assert.DoesNotContain("### （四）", report, StringComparison.Ordinal);
    }

    [Fact]
    public void A_unit_without_assets_or_counts_prints_no_empty_heading()
    {
        var report = Report("without-assets-or-counts");
        var lines = report.Split('\n');

        for (var i = 0; i + 1 < lines.Length; i++)
        {
            if (lines[i].StartsWith("### ", StringComparison.Ordinal))
            {
                Assert.False(lines[i + 1].StartsWith('#') || lines[i + 1].Length == 0, $"empty heading: {lines[i]}");
            }
        }

        Assert.DoesNotContain("国有资产占有使用情况", report, StringComparison.Ordinal);
    }
}
