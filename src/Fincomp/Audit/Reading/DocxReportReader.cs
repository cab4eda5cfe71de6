using Fincomp.Document;

namespace Fincomp.Audit.Reading;

/// <summary>
/// Reads a finished Word report (built by fincomp, edited in Word, or written by hand) into the same document tree the
/// compiler produces, so the audit runs on it unchanged: headings by their style (fincomp's, or Word's built-in
/// heading styles) or, failing that, by their numbering (第一部分, 一、, （一）); each table with its merged cells as
/// spans, its title (the short paragraph right above it) and its heading rows (the top rows without a figure); a table
/// split in two Word tables (at a page or section break, or with its heading rows repeated) is read as the one table it
/// prints as.
/// </summary>
internal static class DocxReportReader
{
    public static ReportDocument Read(Stream stream)
    {
        var blocks = new List<Block>();
        string? pendingTitle = null;
        var afterTable = false;
        var pageBroken = false;
        foreach (var element in DocxBodyReader.Read(stream))
        {
            if (element is DocxBodyReader.BodyParagraph { Text.Length: > 0 })
            {
                afterTable = false;
            }

            if (element is DocxBodyReader.BodyParagraph { HasPicture: true } pictured)
            {
                // A picture (a chart, or a table pasted as an image) after the paragraph's text: a table's title right
                // above it is then the title of a table printed as a picture, which the audit cannot read.
                if (pendingTitle is not null)
                {
                    blocks.Add(new Paragraph(pendingTitle));
                    pendingTitle = null;
                }

                if (pictured.Text.Length > 0)
                {
                    blocks.Add(pictured.Style != "TableTitle" && LevelOf(pictured.Style, pictured.Text) is { } level ? new Heading(level, pictured.Text) : new Paragraph(pictured.Text));
                }

                blocks.Add(PictureBlock.Instance);
                afterTable = false;
                continue;
            }

            switch (element)
            {
                case DocxBodyReader.BodyParagraph { Text.Length: 0, BreaksPage: var breaks }:
                    pageBroken |= breaks;
                    continue;
                case DocxBodyReader.BodyParagraph { Style: "TableTitle", Text: var tableTitle }:
                    pendingTitle = tableTitle;
                    continue;
                case DocxBodyReader.BodyParagraph { Style: "TableUnit" }:
                    continue;
                case DocxBodyReader.BodyParagraph { Style: var style, Text: var text }:
                    blocks.Add(LevelOf(style, text) is { } level ? new Heading(level, text) : new Paragraph(text));
                    break;
                case DocxBodyReader.BodyTable table when afterTable && blocks[^1] is Table before && TableContinuation.Continues(before, table.Rows)
                    && (pageBroken || TableContinuation.RepeatsHeader(before, table.Rows)):
                    // A table split in two (a page or section break between the parts, or its heading rows repeated
                    // over the second): one table, as printed. Two tables merely side by side stay two.
                    blocks[^1] = TableContinuation.Join(before, table.Rows).Table;
                    pageBroken = false;
                    break;
                case DocxBodyReader.BodyTable table:
                    afterTable = true;
                    pageBroken = false;
                    var title = pendingTitle ?? TitleAbove(blocks);
                    if (pendingTitle is null && title is not null)
                    {
                        blocks.RemoveAt(blocks.Count - 1);
                    }

                    blocks.Add(ReadStructure.TableOf(table.Rows) with { Title = title });
                    pendingTitle = null;
                    break;
            }
        }

        var documentTitle = blocks.OfType<Heading>().FirstOrDefault(h => h.Level == HeadingLevel.Title)?.Text ?? string.Empty;
        return new ReportDocument(documentTitle, blocks);
    }

    /// <summary>A short paragraph just above a table that names it ("收入支出决算总表", "表1 …"), taken as its title.</summary>
    private static string? TitleAbove(List<Block> blocks) =>
        blocks.Count > 0 && blocks[^1] is Paragraph { Text: var text } && ReadStructure.IsTableTitle(text)
            ? text
            : null;

    private static HeadingLevel? LevelOf(string style, string text)
    {
        switch (style)
        {
            case "Title" or "ReportTitle":
                return HeadingLevel.Title;
            case "Heading1" or "1":
                return HeadingLevel.Part;
            case "Heading2" or "2":
                return HeadingLevel.Section;
            case "Heading3" or "3":
                return HeadingLevel.Subsection;
            case "Heading4" or "4":
                return HeadingLevel.Item;
        }

        return ReadStructure.LevelByNumbering(text);
    }
}
