using Fincomp.Document;
using Fincomp.Writers.Docx;
using Xunit;

namespace Fincomp.Tests.Docx;

/// <summary>
/// Where a figure goes when it would not fit at the foot of its page, on the default styles' page: 22 body lines of
/// 28 pt, 27 characters of 16 pt a line, and a 7 cm chart that takes about nine lines with its caption.
/// </summary>
public sealed class FigurePlacementTests
{
    private const int TextWidth = PageSetup.PageWidth - PageSetup.Left - PageSetup.Right;

    [Fact]
    public void A_figure_that_fits_below_its_text_stays_there()
    {
        Block[] blocks = [new PageBreak(), Section("一"), Body(lines: 8), Chart()];

        Assert.Equal(blocks, FigurePlacement.Arrange(blocks, TextWidth));
    }

    [Fact]
    public void A_figure_that_does_not_fit_goes_up_to_its_section_s_text_and_the_text_flows_on_below_it()
    {
        var chart = Chart();
        var first = Section("一");
        var text = Body(lines: 8);
        var second = Section("二");
        var closing = Body(lines: 4);

        // 14 lines of 22 are used: the chart, about nine lines, does not fit below them, but does below 二's heading.
        var arranged = FigurePlacement.Arrange([new PageBreak(), first, text, second, closing, chart], TextWidth);

        Assert.Equal([arranged[0], first, text, second, chart, closing], arranged);
    }

    [Fact]
    public void A_figure_never_moves_into_the_section_before_its_own()
    {
        // The only text of the figure's section, a heading and one line, sits at the foot of the page.
        Block[] blocks = [new PageBreak(), Section("一"), Body(lines: 18), Section("二"), Body(lines: 1), Chart()];

        Assert.Equal(blocks, FigurePlacement.Arrange(blocks, TextWidth));
    }

    [Fact]
    public void A_figure_after_a_table_stays_where_it_is_as_its_page_is_not_worked_out()
    {
        var table = new Document.Table([new Document.TableRow([new Document.TableCell("科目")])], 1, [1]);
        Block[] blocks = [new PageBreak(), Section("一"), table, Body(lines: 21), Chart()];

        Assert.Equal(blocks, FigurePlacement.Arrange(blocks, TextWidth));
    }

    private static Heading Section(string number) => new(HeadingLevel.Section, number + "、情况说明");

    /// <summary>A body paragraph of CJK text that takes exactly <paramref name="lines"/> lines after its two-character indent.</summary>
    private static Document.Paragraph Body(int lines) => new(new string('支', (27 * lines) - 2));

    /// <summary>A 15 × 9 cm chart, which the writer prints 7 cm high.</summary>
    private static Figure Chart() => new("fig1", "图1：收入支出决算总计变动情况（柱状图）", [], 1500, 900);
}
