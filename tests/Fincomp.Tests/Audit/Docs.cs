using Fincomp.Document;

namespace Fincomp.Tests.Audit;

/// <summary>Small hand-made documents for the audit rule tests: paragraphs, and tables written as tab-separated rows.</summary>
internal static class Docs
{
    public static ReportDocument Of(params Block[] blocks) => new("测试报告", [new Heading(HeadingLevel.Title, "测试报告"), .. blocks]);

    public static Paragraph Text(string text) => new(text);

    /// <summary>A table whose first <paramref name="headerRows"/> rows are headings; cells split on tabs, no spans.</summary>
    public static Table Table(string title, int headerRows, params string[] rows) =>
        new(rows.Select(r => new TableRow(r.Split('\t').Select(c => new TableCell(c)).ToList())).ToList(), headerRows, [])
        {
            Title = title,
        };

    public static TableRow Row(params TableCell[] cells) => new(cells);

    public static TableCell Cell(string text, int columnSpan = 1, int rowSpan = 1) => new(text, CellAlignment.Left, columnSpan, rowSpan);
}
