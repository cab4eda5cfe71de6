using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using Fincomp.Tests.Support;
using Fincomp.Writers.Docx;
using Xunit;

namespace Fincomp.Tests.Docx;

/// <summary>The default reference document, the shipped copy of it, and a user's reference document taking effect.</summary>
public sealed class ReferenceDocumentTests
{
    [Fact]
    public void Default_is_valid_and_deterministic()
    {
        var bytes = ReferenceDocument.CreateDefault();
        Assert.Equal(bytes, ReferenceDocument.CreateDefault());
        using var document = WordprocessingDocument.Open(new MemoryStream(bytes), false);
        Assert.Empty(new OpenXmlValidator(FileFormatVersions.Office2019).Validate(document));
    }

    [Fact]
    public void The_shipped_template_is_the_default()
    {
        var shipped = Path.Combine(TestPaths.RepositoryRoot, "templates", "reference.docx");
        if (Environment.GetEnvironmentVariable("UPDATE_GOLDEN") == "1")
        {
            File.WriteAllBytes(shipped, ReferenceDocument.CreateDefault());
        }

        Assert.True(File.Exists(shipped), "templates/reference.docx is missing; run with UPDATE_GOLDEN=1");
        Assert.Equal(ReferenceDocument.CreateDefault(), File.ReadAllBytes(shipped));
    }

    [Fact]
    public void A_reference_document_supplies_styles_and_margins()
    {
        var path = Path.Combine(Path.GetTempPath(), $"fincomp-reference-{Guid.NewGuid():N}.docx");
        try
        {
            File.WriteAllBytes(path, ReferenceDocument.CreateDefault());
            using (var reference = WordprocessingDocument.Open(path, true))
            {
                var body = reference.MainDocumentPart!.StyleDefinitionsPart!.Styles!.Elements<Style>().Single(s => s.StyleId == "BodyText");
                body.StyleRunProperties!.RunFonts!.EastAsia = "楷体";
                reference.MainDocumentPart.Document.Body!.Elements<SectionProperties>().Single().GetFirstChild<PageMargin>()!.Top = 1440;
            }

            var bytes = SampleDocuments.Write(SampleDocuments.EveryBlockKind(), new DocxOptions { ReferenceDocPath = path });
            using var output = WordprocessingDocument.Open(new MemoryStream(bytes), false);
            var style = output.MainDocumentPart!.StyleDefinitionsPart!.Styles!.Elements<Style>().Single(s => s.StyleId == "BodyText");
            Assert.Equal("楷体", style.StyleRunProperties!.RunFonts!.EastAsia!.Value);
            var margin = output.MainDocumentPart.Document.Body!.Elements<SectionProperties>().Single().GetFirstChild<PageMargin>()!;
            Assert.Equal(1440, margin.Top!.Value);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
