using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Fincomp.Audit;
using Fincomp.Tests.Docx;
using Fincomp.Tests.Support;
using Xunit;

namespace Fincomp.Tests.Audit;

/// <summary>
/// "第N段" counts the document's paragraphs, not the XML a program saved them as: the built sample (with its contents
/// and a section break) with errors planted, opened and saved again by LibreOffice, gives the same findings at the same
/// paragraphs, table rows and columns as the file fincomp wrote.
/// </summary>
public sealed class SavedByLibreOfficeTests : IDisposable
{
    private static readonly PlantedDocx.Plant[] Plants =
    [
        new("城乡社区支出55.6万元，占6.64%", "占6.64%", "占6.66%"),
        new("机关运行经费支出90.37万元", "比2022年度增加23.17万元，增长34.48%", "上年支出67.2万元，与上年持平"),
        new("2013202", "334.48", "336.48", InRow: true),
    ];

    private readonly TemporaryFolder _folder = new("fincomp-saved-by-lo-");

    public void Dispose() => _folder.Dispose();

    [LibreOfficeFact]
    public void A_document_saved_again_by_libre_office_has_its_findings_at_the_same_places()
    {
        var written = PlantedDocx.With(PlantedDocx.Built.Value, Plants);
        var saved = LibreOffice.SaveAsDocx(written, Directory.CreateDirectory(Path.Combine(_folder.Path, "work")).FullName);
        Assert.NotEqual(written, saved);
        Assert.True(SectionBreaks(written) >= 2 && SectionBreaks(saved) >= 2, "both files keep the section break");
        Assert.Contains("目录", Paragraphs(saved));

        var before = Findings(written, "written.docx");
        var after = Findings(saved, "saved.docx");

        Assert.Contains(before, f => f.Code == AuditCodes.Share && f.Place.Contains('段', StringComparison.Ordinal));
        Assert.Contains(before, f => f.Code == AuditCodes.Comparison && f.Place.Contains("与上年持平", StringComparison.Ordinal));
        Assert.Contains(before, f => f.Code == AuditCodes.TableSum && f.Place.StartsWith("表“收入决算表”第", StringComparison.Ordinal));
        Assert.Equal(before, after);
    }

    private List<(string Code, string Place, string Message)> Findings(byte[] docx, string name)
    {
        var path = Path.Combine(_folder.Path, name);
        File.WriteAllBytes(path, docx);
        return DocumentCheck.Check(path).Select(f => (f.Code, f.Span.Place!, f.Message)).ToList();
    }

    private static int SectionBreaks(byte[] docx)
    {
        using var package = WordprocessingDocument.Open(new MemoryStream(docx), false);
        return package.MainDocumentPart!.Document!.Body!.Descendants<SectionProperties>().Count();
    }

    private static List<string> Paragraphs(byte[] docx)
    {
        using var package = WordprocessingDocument.Open(new MemoryStream(docx), false);
        return package.MainDocumentPart!.Document!.Body!.Descendants<Paragraph>().Select(p => p.InnerText.Trim()).ToList();
    }
}
