using Fincomp.Audit;
using Fincomp.Compilation;
using Fincomp.Derivation;
using Fincomp.Tests.Docx;
using Fincomp.Tests.Support;
using Fincomp.Writers.Docx;
using Xunit;

namespace Fincomp.Tests.Audit;

/// <summary>
/// A unit name too long for one line wraps on the PDF's cover ("编制单位：…" over two centred lines) and in the title:
/// the audit reads the wrapped line whole and finds the name the title gives, so the unedited report has no finding.
/// </summary>
public sealed class PdfWrappedNameTests : IDisposable
{
    private readonly TemporaryFolder _folder = new("fincomp-pdf-wrap-");

    public void Dispose() => _folder.Dispose();

    [LibreOfficeFact]
    public void A_long_unit_name_that_wraps_on_the_cover_reads_as_one_name()
    {
        var sample = new Fincomp.Input.UnitLoader().Load(TestPaths.Sample("park/shehui-2023.yaml")).Unit!;
        var unit = sample with { Unit = sample.Unit with { Name = sample.Unit.Name + "第四分部" } };
        var compiled = ReportCompiler.Compile(ReportFigures.Of(unit), new CompileOptions(), drawCharts: false);
        Assert.True(compiled.Succeeded, string.Join("\n", compiled.Diagnostics));
        using var docx = new MemoryStream();
        new DocxWriter(new DocxOptions()).Write(compiled.Document!, docx);
        var path = Path.Combine(_folder.Path, "long-name.pdf");
        File.WriteAllBytes(path, PdfAuditTests.ToPdf(docx.ToArray()));

        Assert.Empty(DocumentCheck.Check(path));
    }
}
