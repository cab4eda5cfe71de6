using Fincomp.Audit;
using Fincomp.Document;
using Xunit;

namespace Fincomp.Tests.Audit;

/// <summary>FC2013: a document nothing could be read from never reads as "no findings".</summary>
public sealed class NothingToAuditTests
{
    private static IReadOnlyList<Fincomp.Diagnostics.Diagnostic> Audit(params Block[] blocks) =>
        DocumentCheck.Audit(new ReportDocument("t", blocks), "r.pdf", place => new Fincomp.Diagnostics.DocumentLocation { Paragraph = place.BlockIndex + 1 });

    [Fact]
    public void A_document_without_text_is_one_error_not_a_clean_pass()
    {
        var finding = Assert.Single(Audit(new Paragraph("  "), new PageBreak()));
        Assert.Equal(AuditCodes.NothingToAudit, finding.Code);
        Assert.Contains("读不出任何文字", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_line_of_text_without_tables_or_parts_is_not_a_report()
    {
        var finding = Assert.Single(Audit(new Paragraph("hello")));
        Assert.Equal(AuditCodes.NothingToAudit, finding.Code);
        Assert.Contains("不像一份决算公开报告", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_report_with_a_part_heading_is_audited()
    {
        Assert.DoesNotContain(
            Audit(new Heading(HeadingLevel.Part, "第一部分 单位概况"), new Paragraph("主要职责。")),
            d => d.Code == AuditCodes.NothingToAudit);
    }
}
