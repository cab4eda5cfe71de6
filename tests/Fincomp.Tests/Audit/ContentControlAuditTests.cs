using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Fincomp.Audit;
using Fincomp.Tests.Support;
using Xunit;

namespace Fincomp.Tests.Audit;

/// <summary>
/// Word content controls (w:sdt) wrap paragraphs, tables, rows and cells without changing what they print: a clerk's
/// template or LibreOffice's table of contents puts them round parts of the report, and the audit reads through them.
/// </summary>
public sealed class ContentControlAuditTests : IDisposable
{
    private readonly TemporaryFolder _folder = new("fincomp-sdt-audit-");

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void A_report_with_its_tables_and_a_paragraph_in_content_controls_audits_as_the_plain_one()
    {
        var findings = DocumentCheck.Check(Write("wrapped.docx", Wrapped(PlantedDocx.Built.Value)));

        Assert.Equal(4, findings.Count(PlantedDocx.IsSeedError));
        Assert.Empty(PlantedDocx.Planted(findings));
    }

    [Fact]
    public void A_changed_share_in_a_block_content_control_is_found()
    {
        var planted = PlantedDocx.With(PlantedDocx.Built.Value, new PlantedDocx.Plant("城乡社区支出55.6万元，占6.64%", "占6.64%", "占6.66%"));

        var finding = Assert.Single(PlantedDocx.Planted(DocumentCheck.Check(Write("share.docx", Wrapped(planted)))));

        Assert.Equal(AuditCodes.Share, finding.Code);
        Assert.Contains("占6.66%", finding.Span.Place, StringComparison.Ordinal);
    }

    [Fact]
    public void A_changed_cell_in_a_table_in_a_content_control_is_found()
    {
        var planted = PlantedDocx.With(PlantedDocx.Built.Value, new PlantedDocx.Plant("2013202", "334.48", "336.48", InRow: true));

        var findings = DocumentCheck.Check(Write("cell.docx", Wrapped(planted)));

        Assert.Contains(findings, d => d.Code == AuditCodes.TableSum && d.Span.Place!.StartsWith("表“收入决算表”第", StringComparison.Ordinal));
    }

    /// <summary>
    /// A copy of <paramref name="docx"/> with every body-level table in a block content control, its first row also in a
    /// row content control and its first cell in a cell content control, and the paragraphs holding a share of
    /// expenditure in a block content control.
    /// </summary>
    private static byte[] Wrapped(byte[] docx)
    {
        using var stream = new MemoryStream();
        stream.Write(docx);
        using (var package = WordprocessingDocument.Open(stream, true))
        {
            var body = package.MainDocumentPart!.Document!.Body!;
            foreach (var table in body.Elements<Table>().ToList())
            {
                var row = table.Elements<TableRow>().First();
                var cell = row.Elements<TableCell>().First();
                row.ReplaceChild(new SdtCell(new SdtProperties(), new SdtContentCell(cell.CloneNode(true))), cell);
                table.ReplaceChild(new SdtRow(new SdtProperties(), new SdtContentRow(row.CloneNode(true))), row);
                Wrap(table);
            }

            foreach (var paragraph in body.Elements<Paragraph>().Where(p => p.InnerText.Contains("占6.64%", StringComparison.Ordinal)).ToList())
            {
                Wrap(paragraph);
            }
        }

        return stream.ToArray();
    }

    private static void Wrap(OpenXmlElement block) =>
        block.Parent!.ReplaceChild(new SdtBlock(new SdtProperties(new SdtAlias { Val = "内容控件" }), new SdtContentBlock(block.CloneNode(true))), block);

    private string Write(string name, byte[] bytes)
    {
        var path = Path.Combine(_folder.Path, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }
}
