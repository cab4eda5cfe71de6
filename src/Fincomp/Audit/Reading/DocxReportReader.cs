using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Fincomp.Document;
using WParagraph = DocumentFormat.OpenXml.Wordprocessing.Paragraph;
using WTable = DocumentFormat.OpenXml.Wordprocessing.Table;
using WTableCell = DocumentFormat.OpenXml.Wordprocessing.TableCell;

namespace Fincomp.Audit.Reading;

/// <summary>
/// Reads a finished Word report (built by fincomp, edited in Word, or written by hand) into the same document tree the
/// compiler produces, so the audit runs on it unchanged: headings by their style (fincomp's, or Word's built-in
/// heading styles) or, failing that, by their numbering (第一部分, 一、, （一）); each table with its merged cells as
/// spans, its title (the short paragraph right above it) and its heading rows (the top rows without a figure).
/// </summary>
public static class DocxReportReader
{
    public static ReportDocument Read(Stream stream)
    {
        using var package = WordprocessingDocument.Open(stream, false);
        var body = package.MainDocumentPart?.Document?.Body ?? throw new InvalidDataException("文件中没有正文。");
        var blocks = new List<Block>();
        string? pendingTitle = null;
        foreach (var element in body.ChildElements)
        {
            switch (element)
            {
                case WParagraph paragraph:
                    var text = TextOf(paragraph);
                    if (text.Length == 0)
                    {
                        continue;
                    }

                    var style = paragraph.ParagraphProperties?.ParagraphStyleId?.Val?.Value ?? string.Empty;
                    if (style is "TableTitle")
                    {
                        pendingTitle = text;
                        continue;
                    }

                    if (style is "TableUnit")
                    {
                        continue;
                    }

                    blocks.Add(LevelOf(style, text) is { } level ? new Heading(level, text) : new Document.Paragraph(text));
                    break;
                case WTable table:
                    var title = pendingTitle ?? TitleAbove(blocks);
                    if (pendingTitle is null && title is not null)
                    {
                        blocks.RemoveAt(blocks.Count - 1);
                    }

                    blocks.Add(ReadTable(table) with { Title = title });
                    pendingTitle = null;
                    break;
            }
        }

        var documentTitle = blocks.OfType<Heading>().FirstOrDefault(h => h.Level == HeadingLevel.Title)?.Text ?? string.Empty;
        return new ReportDocument(documentTitle, blocks);
    }

    /// <summary>A short paragraph just above a table that names it ("收入支出决算总表", "表1 …"), taken as its title.</summary>
    private static string? TitleAbove(List<Block> blocks) =>
        blocks.Count > 0 && blocks[^1] is Document.Paragraph { Text: var text } && ReadStructure.IsTableTitle(text)
            ? text
            : null;

    private static HeadingLevel? LevelOf(string style, string text)
    {
        switch (style)
        {
            case "Title":
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

    private static Document.Table ReadTable(WTable table)
    {
        var rows = new List<List<(string Text, int Span, int RowSpan)>>();
        var origins = new Dictionary<int, (int Row, int Index)>();
        foreach (var row in table.Elements<DocumentFormat.OpenXml.Wordprocessing.TableRow>())
        {
            var cells = new List<(string Text, int Span, int RowSpan)>();
            var column = 0;
            foreach (var cell in row.Elements<WTableCell>())
            {
                var properties = cell.TableCellProperties;
                var span = Math.Max(1, properties?.GridSpan?.Val?.Value ?? 1);
                var merge = properties?.VerticalMerge;
                if (merge is not null && merge.Val?.Value != MergedCellValues.Restart && origins.TryGetValue(column, out var origin))
                {
                    // A continuation of the cell above: no cell of its own, the origin spans one more row.
                    var (text, originSpan, rowSpan) = rows[origin.Row][origin.Index];
                    rows[origin.Row][origin.Index] = (text, originSpan, rowSpan + 1);
                }
                else
                {
                    cells.Add((TextOf(cell), span, 1));
                    origins[column] = (rows.Count, cells.Count - 1);
                }

                column += span;
            }

            rows.Add(cells);
        }

        return ReadStructure.TableOf(rows);
    }

    private static string TextOf(WTableCell cell) =>
        string.Join("\n", cell.Elements<WParagraph>().Select(TextOf).Where(t => t.Length > 0));

    private static string TextOf(WParagraph paragraph)
    {
        var text = new StringBuilder();
        foreach (var run in paragraph.Descendants<Text>())
        {
            text.Append(run.Text);
        }

        return text.ToString().Trim();
    }
}
