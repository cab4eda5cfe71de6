namespace Fincomp.Document;

/// <summary>
/// The document as plain text, for golden tests and diffs: headings marked by level ("=" title, "#" … "####"),
/// paragraphs as they read, tables as tab-separated rows between their title and note, figures as "[caption]", page
/// breaks as "----", the table of contents as "[目录]" and the start of the numbered body as "====". Formatting is left out on purpose: the projection pins what the document says, not how it looks.
/// </summary>
internal static class TextProjection
{
    public static string Project(ReportDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var text = new TextProjectionWriter();
        foreach (var block in document.Blocks)
        {
            block.Accept(text);
        }

        return text.ToString();
    }
}
