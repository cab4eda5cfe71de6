using Fincomp.Audit;
using Fincomp.Document;
using Xunit;

namespace Fincomp.Tests.Audit;

/// <summary>How <c>--against</c> findings quote the data's sentences: as printed text, on one line.</summary>
public sealed class ComparisonQuoteTests
{
    [Fact]
    public void A_deleted_sentence_holding_a_line_break_is_quoted_with_a_space_not_an_escape()
    {
        var built = new ReportDocument("示例局2023年度部门决算", [
            new Heading(HeadingLevel.Title, "示例局2023年度部门决算"),
            new Paragraph([new Run("本单位负责辖区城市管理\n综合行政执法工作。本单位下设两个科室。")]),
        ]);
        var edited = new ReportDocument("示例局2023年度部门决算", [
            new Heading(HeadingLevel.Title, "示例局2023年度部门决算"),
            new Paragraph([new Run("本单位下设两个科室。")]),
        ]);

        var finding = Assert.Single(DocumentComparison.Compare(built, edited));

        Assert.Equal(AuditCodes.NarrativeChanged, finding.Code);
        Assert.Contains("“本单位负责辖区城市管理 综合行政执法工作。”", finding.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("\n", finding.Message, StringComparison.Ordinal);
    }
}
