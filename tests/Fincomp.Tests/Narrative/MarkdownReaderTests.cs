using Fincomp.Diagnostics;
using Fincomp.Document;
using Fincomp.Narrative;
using Xunit;

namespace Fincomp.Tests.Narrative;

public sealed class MarkdownReaderTests
{
    private readonly List<Directive> _seen = [];

    [Fact]
    public void Headings_map_to_the_four_levels()
    {
        var blocks = Read("# 第一部分\n## 一、职责\n### （一）组成\n#### 1.问题\n");
        Assert.Equal(
            [new Heading(HeadingLevel.Part, "第一部分"), new Heading(HeadingLevel.Section, "一、职责"), new Heading(HeadingLevel.Subsection, "（一）组成"), new Heading(HeadingLevel.Item, "1.问题")],
            blocks);
    }

    [Fact]
    public void Every_line_is_a_paragraph_taken_verbatim()
    {
        var blocks = Read("第一句*强调*不变。\n1. 带空格的编号\n- 短横\n");
        Assert.Equal(["第一句*强调*不变。", "1. 带空格的编号", "- 短横"], blocks.OfType<Paragraph>().Select(p => p.Text));
    }

    [Theory]
    [InlineData("见附件(第四部分),完")]
    [InlineData("\"三公\";是否?是!说明:无")]
    public void The_templates_text_gets_Chinese_punctuation_and_the_clerks_text_is_printed_as_written(string clerk)
    {
        var blocks = Read("# 主要原因:" + LiteralText.Encode(clerk) + "\n主要原因:" + LiteralText.Encode(clerk) + "(见附表)\n::: center 单位:" + LiteralText.Encode(clerk) + "\n");
        Assert.Equal("主要原因：" + clerk, Assert.IsType<Heading>(blocks[0]).Text);
        Assert.Equal("主要原因：" + clerk + "（见附表）", Assert.IsType<Paragraph>(blocks[1]).Text);
        Assert.Equal("单位：" + clerk, Assert.IsType<Paragraph>(blocks[2]).Text);
    }

    [Fact]
    public void A_directive_is_placed_at_its_line_of_the_Markdown_without_the_template_marks()
    {
        // Unmarked, the Markdown is "正文\n::: figure fig9\n": the directive is on line 2.
        Read(TemplateMarkingInclude.Marker("report.scriban") + "正文\n" + TemplateMarkingInclude.Marker("a.scriban")
            + TemplateMarkingInclude.Marker("report.scriban") + "::: figure fig9\n");
        Assert.Equal(2, Assert.Single(_seen).Line);
    }

    [Fact]
    public void Notes_are_styled_as_notes()
    {
        var paragraph = Assert.IsType<Paragraph>(Assert.Single(Read("（注：数据来源于财决01表。）\n")));
        Assert.Equal(ParagraphStyle.Note, paragraph.Style);
    }

    [Fact]
    public void Layout_directives_are_handled_and_others_resolved()
    {
        var blocks = Read("::: title 报告\n::: center 单位\n::: pagebreak\n::: table table3\n");
        Assert.Equal(new Heading(HeadingLevel.Title, "报告"), blocks[0]);
        Assert.Equal(ParagraphStyle.Centered, Assert.IsType<Paragraph>(blocks[1]).Style);
        Assert.IsType<PageBreak>(blocks[2]);
        var directive = Assert.Single(_seen);
        Assert.Equal("table", directive.Name);
        Assert.Equal(["table3"], directive.Arguments);
        Assert.Equal(4, directive.Line);
    }

    private IReadOnlyList<Block> Read(string markdown) =>
        new MarkdownReader((directive, _) =>
        {
            _seen.Add(directive);
            return [];
        }).Read(markdown, new DiagnosticBag());
}
