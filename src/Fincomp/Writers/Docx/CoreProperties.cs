using System.Security;
using DocumentFormat.OpenXml.Packaging;

namespace Fincomp.Writers.Docx;

/// <summary>
/// docProps/core.xml with the title and author only, written directly: the packaging library's own property store
/// names its part and relationship randomly and would stamp times, which would make every output different.
/// </summary>
internal static class CoreProperties
{
    private const string ContentType = "application/vnd.openxmlformats-package.core-properties+xml";

    public static void AddTo(WordprocessingDocument document, string title, string? author)
    {
        var part = document.AddNewPart<CoreFilePropertiesPart>(ContentType, PartIds.CoreProperties);
        var creator = author is null ? string.Empty : $"<dc:creator>{SecurityElement.Escape(author)}</dc:creator>";
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
            + "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" "
            + "xmlns:dc=\"http://purl.org/dc/elements/1.1/\">"
            + $"<dc:title>{SecurityElement.Escape(title)}</dc:title>{creator}</cp:coreProperties>";
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(xml));
        part.FeedData(stream);
    }
}
