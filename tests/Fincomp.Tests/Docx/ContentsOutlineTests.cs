using Fincomp.Document;
using Xunit;

namespace Fincomp.Tests.Docx;

/// <summary>The contents list parts, sections and the attachments' report titles; never the cover title or deeper headings.</summary>
public sealed class ContentsOutlineTests
{
    [Fact]
    public void Parts_sections_and_report_titles_after_the_first_part_are_listed_at_their_levels()
    {
        Block[] blocks =
        [
            new Heading(HeadingLevel.Title, "某单位\n2023年度部门决算"),
            new Contents(),
            new BodyStart(),
            new Heading(HeadingLevel.Part, "第一部分 单位概况"),
            new Heading(HeadingLevel.Section, "一、职能职责"),
            new Heading(HeadingLevel.Subsection, "（一）主要职能"),
            new Heading(HeadingLevel.Part, "第四部分 附件"),
            new Heading(HeadingLevel.Title, "2023年整体支出绩效自评报告"),
            new Heading(HeadingLevel.Section, "一、部门概况"),
            new Heading(HeadingLevel.Item, "1.基本情况"),
            new Heading(HeadingLevel.Title, "2023年某项目支出绩效自评报告"),
        ];

        var entries = ContentsOutline.Of(blocks).Select(e => (e.Heading.Text, e.Level)).ToList();

        Assert.Equal(
            [("第一部分 单位概况", 1), ("一、职能职责", 2), ("第四部分 附件", 1), ("2023年整体支出绩效自评报告", 2), ("一、部门概况", 2), ("2023年某项目支出绩效自评报告", 2)],
            entries);
    }

    [Fact]
    public void A_document_without_parts_lists_its_sections_but_not_its_title()
    {
        Block[] blocks = [new Heading(HeadingLevel.Title, "报告"), new Heading(HeadingLevel.Section, "一、概况")];

        Assert.Equal([("一、概况", 2)], ContentsOutline.Of(blocks).Select(e => (e.Heading.Text, e.Level)));
    }
}
