using Fincomp.Audit;
using Fincomp.Document;
using Xunit;

namespace Fincomp.Tests.Audit;

/// <summary>
/// Figures typed with spaces ("848 万元", "848. 50万元", "1 234.56", "占 6.64%") are read and compared like any other
/// figure, in the text and in table cells; spaces that do not sit inside a figure are left as they are.
/// </summary>
public sealed class SpacedFigureTests
{
    [Theory]
    [InlineData("人员经费848 万元", "人员经费848万元")]
    [InlineData("人员经费848. 50万元", "人员经费848.50万元")]
    [InlineData("人员经费848 .50 万元", "人员经费848.50万元")]
    [InlineData("收入合计1 234.56万元", "收入合计1234.56万元")]
    [InlineData("收入合计12 345 678.90万元", "收入合计12345678.90万元")]
    [InlineData("占 6.64 %，下设 6 个部门", "占6.64%，下设6个部门")]
    [InlineData("收入合计\u00A0848\u3000万元", "收入合计848万元")]
    [InlineData("收入合计８４８ 万元", "收入合计848万元")]
    [InlineData("表 1 收入支出决算总表", "表 1 收入支出决算总表")]
    [InlineData("1. 2023年度收入合计", "1. 2023年度收入合计")]
    [InlineData("2022 2023", "2022 2023")]
    [InlineData("Word 2019 版", "Word 2019 版")]
    [InlineData("占4\u200B1.72%", "占41.72%")]
    [InlineData("合计83\u00AD7.44万元", "合计837.44万元")]
    [InlineData("合计837.\uFEFF44\u200D万元", "合计837.44万元")]
    [InlineData("甲\u200B乙", "甲\u200B乙")]
    public void Spaces_inside_a_figure_or_before_its_unit_are_dropped(string typed, string read) =>
        Assert.Equal(read, HandTypedFigures.Normalise(typed));

    [Theory]
    [InlineData("支出总计 1 234.56 万元，其中人员经费98.12万元", "人员经费98.12万元", "人员经费98.12万元")]
    [InlineData("支出总计1 234.56万元", "1234.56万元", "1 234.56万元")]
    [InlineData("占 6.64%", "6.64%", "6.64%")]
    [InlineData("合计８３７．４４ 万元", "837.44万元", "８３７．４４ 万元")]
    [InlineData("其中占4\u200B1.72%", "41.72%", "4\u200B1.72%")]
    public void A_quote_of_the_read_text_is_found_where_the_typed_text_prints_it(string typed, string quote, string printed)
    {
        var read = HandTypedFigures.Normalise(typed);

        Assert.Equal(typed.IndexOf(printed, StringComparison.Ordinal), HandTypedFigures.OriginalOffset(typed, read.IndexOf(quote, StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("本年支出合计837.44 万元，其中：基本支出188. 49万元，占 22.52%；项目支出648.95万元，占77.49%。", "占22.52%")]
    [InlineData("本年支出合计837.44 万元，其中：基本支出188. 49万元，占 22.51%；项目支出648.95万元，占77.49%。", null)]
    public void A_share_of_spaced_amounts_is_recomputed(string text, string? quoted)
    {
        var findings = DocumentAuditor.AuditFinished(Docs.Of(Docs.Text(text))).Where(f => f.Code == AuditCodes.Share).ToList();

        if (quoted is null)
        {
            Assert.Empty(findings);
            return;
        }

        Assert.Contains(quoted, Assert.Single(findings).Place.Quote, StringComparison.Ordinal);
    }

    [Fact]
    public void A_spaced_amount_is_compared_with_its_other_printing()
    {
        var document = Docs.Of(Docs.Text("人员经费848 万元。"), Docs.Text("其中人员经费848. 50万元。"));

        var finding = Assert.Single(DocumentAuditor.AuditFinished(document), f => f.Code == AuditCodes.TwoValues);

        Assert.Contains("848.50万元", finding.Place.Quote, StringComparison.Ordinal);
        Assert.Contains("前文印为848", finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("1 234.56", "1 000.00", "234.56", null)]
    [InlineData("1 234.56", "1 000.00", "236.56", "22401")]
    [InlineData(" 1 2 3 4.56 ", "1000. 00", "234.56", null)]
    public void Table_cells_with_spaced_figures_add_up_as_numbers(string total, string first, string second, string? reported)
    {
        var table = Docs.Table(
            "一般公共预算财政拨款支出决算表",
            1,
            "科目编码\t科目名称\t合计\t基本支出\t项目支出",
            $"224\t灾害防治及应急管理支出\t{total}\t{total}\t0.00",
            $"22401\t应急管理事务\t{total}\t{total}\t0.00",
            $"2240101\t行政运行\t{first}\t{first}\t0.00",
            $"2240150\t事业运行\t{second}\t{second}\t0.00",
            $"合计\t\t{total}\t{total}\t0.00");

        var sums = DocumentAuditor.AuditFinished(Docs.Of(table)).Where(f => f.Code == AuditCodes.TableSum).ToList();

        if (reported is null)
        {
            Assert.Empty(sums);
            return;
        }

        Assert.Contains(sums, f => f.Message.Contains(reported, StringComparison.Ordinal));
    }
}
