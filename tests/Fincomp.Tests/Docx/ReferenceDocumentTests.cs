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

    [Fact]
    public void A_reference_body_style_with_another_font_restyles_every_body_paragraph()
    {
        var bytes = WithReference(reference =>
        {
            var body = Style(reference, "BodyText");
            body.StyleRunProperties!.RunFonts!.EastAsia = "楷体";
            body.StyleRunProperties.FontSize!.Val = "28";
        });

        using var output = WordprocessingDocument.Open(new MemoryStream(bytes), false);
        var style = output.MainDocumentPart!.StyleDefinitionsPart!.Styles!.Elements<Style>().Single(s => s.StyleId == "BodyText");
        Assert.Equal("楷体", style.StyleRunProperties!.RunFonts!.EastAsia!.Value);
        Assert.Equal("28", style.StyleRunProperties.FontSize!.Val!.Value);
        var body = output.MainDocumentPart.Document.Body!;
        var bodyParagraph = body.Elements<Paragraph>().Single(p => p.InnerText.StartsWith("2023年度收、支总计均为", StringComparison.Ordinal));
        Assert.Equal("BodyText", bodyParagraph.ParagraphProperties!.ParagraphStyleId!.Val!.Value);
        Assert.All(body.Descendants<Run>(), run =>
        {
            Assert.Null(run.RunProperties?.RunFonts);
            Assert.Null(run.RunProperties?.FontSize);
        });
    }

    [Fact]
    public void Styles_a_reference_lacks_are_added_from_the_defaults_and_its_own_are_kept()
    {
        var bytes = WithReference(reference =>
        {
            Style(reference, "Note").Remove();
            Style(reference, "TableText").Remove();
            Style(reference, "Heading2").StyleRunProperties!.RunFonts!.EastAsia = "微软雅黑";
        });

        using var output = WordprocessingDocument.Open(new MemoryStream(bytes), false);
        var styles = output.MainDocumentPart!.StyleDefinitionsPart!.Styles!.Elements<Style>().ToList();
        Assert.Equal(styles.Count, styles.Select(s => s.StyleId!.Value).Distinct().Count());
        Assert.Equal("仿宋_GB2312", styles.Single(s => s.StyleId == "Note").StyleRunProperties!.RunFonts!.EastAsia!.Value);
        Assert.Equal("宋体", styles.Single(s => s.StyleId == "TableText").StyleRunProperties!.RunFonts!.EastAsia!.Value);
        Assert.Equal("微软雅黑", styles.Single(s => s.StyleId == "Heading2").StyleRunProperties!.RunFonts!.EastAsia!.Value);
        Assert.Empty(new OpenXmlValidator(FileFormatVersions.Office2019).Validate(output));
    }

    [Fact]
    public void The_reference_page_setup_is_taken_whole_with_the_report_footer()
    {
        var bytes = WithReference(reference =>
        {
            var section = reference.MainDocumentPart!.Document.Body!.Elements<SectionProperties>().Single();
            section.GetFirstChild<PageMargin>()!.Left = 2000U;
            section.Append(new DocGrid { Type = DocGridValues.Lines, LinePitch = 579 });
        });

        using var output = WordprocessingDocument.Open(new MemoryStream(bytes), false);
        var written = output.MainDocumentPart!.Document.Body!.Elements<SectionProperties>().Single();
        Assert.Equal(2000U, written.GetFirstChild<PageMargin>()!.Left!.Value);
        Assert.Equal(579, written.GetFirstChild<DocGrid>()!.LinePitch!.Value);
        Assert.IsType<FooterReference>(written.FirstChild);
        Assert.Empty(new OpenXmlValidator(FileFormatVersions.Office2019).Validate(output));
    }

    private static Style Style(WordprocessingDocument reference, string id) =>
        reference.MainDocumentPart!.StyleDefinitionsPart!.Styles!.Elements<Style>().Single(s => s.StyleId == id);

    /// <summary>The sample document written against a copy of the default reference changed by <paramref name="change"/>.</summary>
    private static byte[] WithReference(Action<WordprocessingDocument> change)
    {
        var path = Path.Combine(Path.GetTempPath(), $"fincomp-reference-{Guid.NewGuid():N}.docx");
        try
        {
            File.WriteAllBytes(path, ReferenceDocument.CreateDefault());
            using (var reference = WordprocessingDocument.Open(path, true))
            {
                change(reference);
            }

            return SampleDocuments.Write(SampleDocuments.EveryBlockKind(), new DocxOptions { ReferenceDocPath = path });
        }
        finally
        {
            File.Delete(path);
        }
    }
}
