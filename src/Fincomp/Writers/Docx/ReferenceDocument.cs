using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Fincomp.IO;

namespace Fincomp.Writers.Docx;

/// <summary>
/// The default reference document: the styles, settings and page setup every report gets unless the user supplies
/// their own reference .docx. It is also shipped as templates/reference.docx so that an office can open it in Word,
/// change the styles and pass it back with --reference-doc.
/// </summary>
public static class ReferenceDocument
{
    private const string SettingsXml =
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
        + "<w:settings xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
        + "<w:defaultTabStop w:val=\"420\"/><w:characterSpacingControl w:val=\"compressPunctuation\"/>"
        + "<w:compat><w:compatSetting w:name=\"compatibilityMode\" w:uri=\"http://schemas.microsoft.com/office/word\" w:val=\"15\"/></w:compat>"
        + "</w:settings>";

    /// <summary>A complete, valid .docx holding the default styles, settings and an A4 GB/T 9704 section.</summary>
    public static byte[] CreateDefault()
    {
        using var package = new MemoryStream();
        using (var document = WordprocessingDocument.Create(package, DocumentFormat.OpenXml.WordprocessingDocumentType.Document))
        {
            var main = document.AddNewPart<MainDocumentPart>("application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml", PartIds.MainDocument);
            Feed(main.AddNewPart<StyleDefinitionsPart>(PartIds.Styles), DefaultStyles.Xml());
            Feed(main.AddNewPart<DocumentSettingsPart>(PartIds.Settings), SettingsXml);
            main.Document = new DocumentFormat.OpenXml.Wordprocessing.Document(new Body(
                new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = StyleIds.Title }), new Run(new Text("标题"))),
                new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = StyleIds.BodyText }), new Run(new Text("正文"))),
                PageSetup.Default()));
        }

        using var output = new MemoryStream();
        DeterministicZip.Repack(package, output);
        return output.ToArray();
    }

    private static void Feed(OpenXmlPart part, string xml)
    {
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(xml));
        part.FeedData(stream);
    }
}
